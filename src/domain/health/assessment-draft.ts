import type { Platform } from "../roster/platform-identity.js";
import type { IsoDate } from "./health-inputs.js";

/**
 * Who was picked as an improvement action's owner: a roster person (Teams offers the active roster
 * people to choose from), or a chat user from the platform's own people picker (Slack's user select),
 * whom the roster is asked about when the assessment is saved. Either way the owner is a roster person.
 */
export type OwnerPick = { personId: number } | { platform: Platform; userId: string };

interface ActionFields {
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  deadline: IsoDate;
}

/** What an assessor records, validated: the judgement, overrides, key problems and improvement actions. */
export interface AssessmentDraft {
  needsFit: number;
  overrides: Array<{ dimension: string; score: number; reason: string }>;
  keyProblems: string[];
  actions: Array<ActionFields & { owner: OwnerPick }>;
}

/** A draft whose action owners are known roster people (their person ids): what is saved. */
export type OwnedAssessmentDraft = Omit<AssessmentDraft, "actions"> & { actions: Array<ActionFields & { ownerId: number }> };

/** The form as typed: every value a string (or absent), keyed by the form's own names; an owner as picked. */
export interface AssessmentForm {
  needsFit?: string;
  overrides: Record<string, { score?: string; reason?: string }>;
  keyProblems?: string;
  actions: Array<{ problem?: string; impact?: string; measure?: string; owner?: OwnerPick; deadline?: string }>;
}
