import type { IsoDate } from "./health-inputs.js";

/** What an assessor records, validated: the judgement, overrides, key problems and improvement actions. */
export interface AssessmentDraft {
  needsFit: number;
  overrides: Array<{ dimension: string; score: number; reason: string }>;
  keyProblems: string[];
  actions: Array<{
    problem: string;
    impact: "high" | "medium" | "low";
    measure: string;
    ownerSlackUserId: string;
    deadline: IsoDate;
  }>;
}

/** The form as typed: every value a string (or absent), keyed by the form's own names. */
export interface AssessmentForm {
  needsFit?: string;
  overrides: Record<string, { score?: string; reason?: string }>;
  keyProblems?: string;
  actions: Array<{ problem?: string; impact?: string; measure?: string; ownerSlackUserId?: string; deadline?: string }>;
}
