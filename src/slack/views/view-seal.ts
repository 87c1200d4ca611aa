import { createFormSeal, type FormSeal } from "../../app/forms/create-form-seal.js";

/** The seal of a Slack modal's `private_metadata` (see createFormSeal). */
export type ViewSeal = FormSeal;

export function createViewSeal(secret: string): ViewSeal {
  return createFormSeal(secret, "steward/private_metadata/v1");
}
