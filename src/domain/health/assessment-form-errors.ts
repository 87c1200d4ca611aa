import type { FormErrors } from "../messages/message.js";

/** Errors that belong to no input of their own are shown at the needs-fit judgement, the form's first input. */
const FIELD_INPUTS: Record<string, string> = { assessor: "needs_fit", needsFit: "needs_fit", keyProblems: "key_problems" };

/** The domain's error keys (`override.stability.score`) → the assessment form's input ids (`override_stability_score`). */
export function assessmentFormErrors(errors: Record<string, string>): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [FIELD_INPUTS[key] ?? key.replace(/\./g, "_"), message]));
}
