import type { AssessmentForm, OwnerPick } from "../../../domain/health/assessment-draft.js";
import { assessmentFormOfFields } from "../../../domain/health/assessment-form-of-fields.js";

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_user?: string | null; selected_date?: string | null }>>;

/** The assessment modal's state as the domain's form (input ids → form fields); an owner is the Slack user picked (users_select). */
export function readAssessmentForm(values: StateValues, dimensions: string[]): AssessmentForm {
  const read = (blockId: string): string | undefined => {
    const input = values[blockId]?.value;
    if (!input) return undefined;
    return input.value ?? input.selected_option?.value ?? input.selected_user ?? input.selected_date ?? undefined;
  };
  return assessmentFormOfFields(read, dimensions, ownerPick);
}

/** The picked Slack user, for the roster to be asked about when the assessment is saved. */
function ownerPick(userId: string | undefined): OwnerPick | undefined {
  return userId ? { platform: "slack", userId } : undefined;
}
