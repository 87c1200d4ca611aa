import type { AssessmentForm } from "../../../domain/health/assessment-draft.js";
import { ACTION_ROWS } from "./assessment-modal.js";

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_user?: string | null; selected_date?: string | null }>>;

/** The assessment modal's state as the domain's form (block ids → form fields). */
export function readAssessmentForm(values: StateValues, dimensions: string[]): AssessmentForm {
  const read = (blockId: string): string | undefined => {
    const input = values[blockId]?.value;
    if (!input) return undefined;
    return input.value ?? input.selected_option?.value ?? input.selected_user ?? input.selected_date ?? undefined;
  };
  return {
    needsFit: read("needs_fit"),
    overrides: Object.fromEntries(
      dimensions.map((key) => [key, { score: read(`override_${key}_score`), reason: read(`override_${key}_reason`) }]),
    ),
    keyProblems: read("key_problems"),
    actions: Array.from({ length: ACTION_ROWS }, (_, i) => ({
      problem: read(`action_${i}_problem`),
      impact: read(`action_${i}_impact`),
      measure: read(`action_${i}_measure`),
      ownerSlackUserId: read(`action_${i}_owner`),
      deadline: read(`action_${i}_deadline`),
    })),
  };
}

/** Errors that belong to no input of their own are shown at the needs-fit judgement, the form's first input. */
const FIELD_BLOCKS: Record<string, string> = { assessor: "needs_fit", needsFit: "needs_fit", keyProblems: "key_problems" };

/** Domain error keys (`override.stability.score`) → the modal's block ids (`override_stability_score`). */
export function assessmentErrorBlocks(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [FIELD_BLOCKS[key] ?? key.replace(/\./g, "_"), message]));
}
