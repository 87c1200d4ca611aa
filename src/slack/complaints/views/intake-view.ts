import type { ModalView } from "@slack/types";
import { intakeForm, type IntakePrefill } from "../../../domain/complaints/intake-form.js";
import type { ComplaintSettings } from "../../../domain/complaints/complaint-settings.js";
import { renderForm } from "../../render/render-form.js";
import type { ViewSeal } from "../../views/view-seal.js";

/** The intake form as a Slack modal, its state sealed into private_metadata. */
export function intakeView(settings: ComplaintSettings, departments: readonly { id: number; name: string }[], prefill: IntakePrefill, seal: ViewSeal): ModalView {
  const form = intakeForm(settings, departments, prefill);
  return renderForm(form, seal.seal(JSON.parse(form.state)));
}
