import { createFormSeal, type FormSeal } from "../app/forms/create-form-seal.js";

/** The seal of a Teams dialog's state (see createFormSeal); its key derives from the app registration's secret. */
export type DialogSeal = FormSeal;

export function createDialogSeal(secret: string): DialogSeal {
  return createFormSeal(secret, "steward/teams-dialog/v1");
}
