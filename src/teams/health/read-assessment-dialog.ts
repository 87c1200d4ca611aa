import type { AssessmentForm, OwnerPick } from "../../domain/health/assessment-draft.js";
import { assessmentFormOfFields } from "../../domain/health/assessment-form-of-fields.js";

/**
 * A submitted assessment dialog's data (input id → the text Teams sends) as the domain's form. An
 * owner is the roster person chosen (their person id); anything else in that field names nobody.
 */
export function readAssessmentDialog(data: Readonly<Record<string, unknown>>, dimensions: readonly string[]): AssessmentForm {
  const read = (id: string) => (typeof data[id] === "string" && data[id] !== "" ? (data[id] as string) : undefined);
  return assessmentFormOfFields(read, dimensions, ownerPick);
}

function ownerPick(value: string | undefined): OwnerPick | undefined {
  if (value === undefined) return undefined;
  // Not a person id (a forged value): a pick of nobody, which the form refuses as not chosen.
  return { personId: /^\d{1,9}$/.test(value) ? Number(value) : 0 };
}
