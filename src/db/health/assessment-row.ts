import type { AssessmentFacts } from "../../domain/health/health-inputs.js";

/** The latest assessment as the health queries return it (dates as YYYY-MM-DD text). */
export interface AssessmentRow {
  assessed_on: string;
  assessor: string | null;
  needs_fit: number | null;
  overrides: Array<{ dimension: string; score: number; reason: string; author: string | null }>;
}

/** An assessment row as the rubric's facts: each override keeps its author (else the assessor's) and date. */
export function toAssessmentFacts(row: AssessmentRow): AssessmentFacts {
  return {
    assessedOn: row.assessed_on,
    assessor: row.assessor,
    needsFit: row.needs_fit,
    overrides: row.overrides.map((o) => ({
      dimension: o.dimension,
      score: Number(o.score),
      reason: o.reason,
      author: o.author ?? row.assessor ?? "unknown",
      on: row.assessed_on,
    })),
  };
}
