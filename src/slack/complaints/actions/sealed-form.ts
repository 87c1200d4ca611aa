import type { ModalView } from "@slack/types";
import type { Form } from "../../../domain/messages/message.js";
import { renderForm } from "../../render/render-form.js";
import type { ViewSeal } from "../../views/view-seal.js";

/** A clock form as a modal: its state travels sealed with its id, so one form's state cannot be replayed into another. */
export function sealedFormView(form: Form, seal: ViewSeal): ModalView {
  return renderForm(form, seal.seal({ form: form.id, state: form.state }));
}

/** The case id a submitted clock form was opened for, or null when the metadata is not what Steward sealed for `formId`. */
export function sealedComplaintId(privateMetadata: string, formId: string, seal: ViewSeal): number | null {
  const opened = seal.open(privateMetadata) as { form?: unknown; state?: unknown } | null;
  const id = Number(opened?.state);
  return opened?.form === formId && Number.isInteger(id) ? id : null;
}

export const UNVERIFIED_FORM = "This form could not be verified; close it and press the button on the card again. Nothing was changed.";
