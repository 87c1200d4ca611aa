import type { HealthScore } from "./compute-health-score.js";
import { formatScore } from "./format-score.js";

/** "8.6 / 10 · good", "8.6 / 10 · good · provisional (4 of 5 dimensions)", or "no score: data incomplete". */
export function describeComposite(score: HealthScore): string {
  if (score.composite === null || !score.grade) return "no score: data incomplete";
  const base = `${formatScore(score.composite)} / 10 · ${score.grade.name}`;
  return score.provisional ? `${base} · provisional (${score.available.count} of ${score.available.total} dimensions)` : base;
}
