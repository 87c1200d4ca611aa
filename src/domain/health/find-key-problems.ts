import type { DimensionScore } from "./dimension-score.js";
import { formatScore } from "./format-score.js";
import type { HealthSettings } from "./health-settings.js";

/** The weakest scored dimensions (below the configured score), weakest first, heavier weight first on ties. */
export function findKeyProblems(dimensions: DimensionScore[], settings: HealthSettings): string[] {
  return dimensions
    .filter((dimension) => dimension.score !== null && dimension.score < settings.keyProblems.belowScore)
    .sort((a, b) => a.score! - b.score! || b.weight - a.weight)
    .slice(0, settings.keyProblems.max)
    .map((dimension) => {
      const why = dimension.override ? `override: ${dimension.override.reason}` : dimension.evidence;
      return `${dimension.label} ${formatScore(dimension.score!)}/10${why ? ` — ${why}` : ""}`;
    });
}
