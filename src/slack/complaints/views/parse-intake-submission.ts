import type { ComplaintSettings } from "../../../domain/complaints/complaint-settings.js";
import { type IntakeFields, parseIntakeSubmission as parseIntakeAnswers } from "../../../domain/complaints/parse-intake-submission.js";
import type { ViewSeal } from "../../views/view-seal.js";

export type { IntakeFields };

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_options?: { value: string }[] }>>;

/**
 * Reads the intake modal (the form's rules are the domain's, shared with Teams' dialog); problems come
 * back per block id, as Slack shows them under the field (`response_action: "errors"`).
 */
export function parseIntakeSubmission(
  values: StateValues,
  privateMetadata: string,
  settings: ComplaintSettings,
  departments: readonly { id: number; name: string }[],
  seal: ViewSeal,
): ReturnType<typeof parseIntakeAnswers> {
  const answers = {
    text: (block: string) => values[block]?.value?.value ?? null,
    selected: (block: string) => values[block]?.value?.selected_option?.value ?? null,
    selectedMany: (block: string) => (values[block]?.value?.selected_options ?? []).map((o) => o.value),
  };
  return parseIntakeAnswers(answers, privateMetadata, settings, departments, seal);
}
