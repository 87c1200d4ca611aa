import type { ModalView } from "@slack/types";
import { type CaseTextAction, caseTextForm } from "../../../domain/complaints/case-text-form.js";
import { renderForm } from "../../render/render-form.js";
import type { ViewSeal } from "../../views/view-seal.js";

/** The case's text form as a Slack modal, its state (case and action) sealed into private_metadata. */
export function caseTextView(complaintId: number, action: CaseTextAction, currentTier: number, seal: ViewSeal): ModalView {
  const form = caseTextForm(complaintId, action, currentTier);
  return renderForm(form, seal.seal(JSON.parse(form.state)));
}
