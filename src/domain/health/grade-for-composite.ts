import type { HealthSettings } from "./health-settings.js";

export type GradeBand = HealthSettings["grades"][number];

/** The grade band a (rounded) composite falls in: the first band, highest first, whose minimum it reaches. */
export function gradeForComposite(composite: number, settings: HealthSettings): GradeBand {
  return settings.grades.find((band) => composite >= band.min) ?? settings.grades[settings.grades.length - 1]!;
}
