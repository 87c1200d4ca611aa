import type { AssessmentForm, OwnerPick } from "../../domain/health/assessment-draft.js";
import { ACTION_ROWS } from "../../domain/health/assessment-form.js";

/**
 * A submitted assessment dialog's data (input id → the text Teams sends) as the domain's form. An
 * owner is the roster person chosen (their person id); anything else in that field names nobody.
 */
export function readAssessmentDialog(data: Readonly<Record<string, unknown>>, dimensions: readonly string[]): AssessmentForm {
  const read = (id: string) => (typeof data[id] === "string" && data[id] !== "" ? (data[id] as string) : undefined);
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

function ownerPick(value: string | undefined): OwnerPick | undefined {
  if (value === undefined) return undefined;
  // Not a person id (a forged value): a pick of nobody, which the form refuses as not chosen.
  return { personId: /^\d{1,9}$/.test(value) ? Number(value) : 0 };
}
