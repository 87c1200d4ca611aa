import type { AssessmentForm, OwnerPick } from "./assessment-draft.js";
import { ACTION_ROWS } from "./assessment-form.js";

/**
 * The assessment form from its fields by input id (`needs_fit`, `override_<dimension>_score`,
 * `action_<n>_owner`, …), however a platform hands them over: each adapter reads its own submission
 * (`read`) and says who a picked owner is (`ownerPick`).
 */
export function assessmentFormOfFields(
  read: (id: string) => string | undefined,
  dimensions: readonly string[],
  ownerPick: (value: string | undefined) => OwnerPick | undefined,
): AssessmentForm {
  return {
    needsFit: read("needs_fit"),
    overrides: Object.fromEntries(dimensions.map((key) => [key, { score: read(`override_${key}_score`), reason: read(`override_${key}_reason`) }])),
    keyProblems: read("key_problems"),
    actions: Array.from({ length: ACTION_ROWS }, (_, i) => ({
      problem: read(`action_${i}_problem`),
      impact: read(`action_${i}_impact`),
      measure: read(`action_${i}_measure`),
      owner: ownerPick(read(`action_${i}_owner`)),
      deadline: read(`action_${i}_deadline`),
    })),
  };
}
