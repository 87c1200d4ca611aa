import { COMPLAINT_ACTIONS } from "../../domain/complaints/complaint-action-ids.js";
import { SATISFACTION_FORM } from "../../domain/complaints/satisfaction-form.js";
import { WAITING_ON_CUSTOMER_FORM } from "../../domain/complaints/waiting-on-customer-form.js";
import { guardPress } from "../actions/guard-press.js";
import { guardSubmission } from "../actions/guard-submission.js";
import type { AppDeps } from "../app-deps.js";
import type { Registrar } from "../registrar.js";
import type { ViewSeal } from "../views/view-seal.js";
import { confirmClosed } from "./actions/confirm-closed.js";
import { openWaitingForm } from "./actions/open-waiting-form.js";
import { pressCaseButton } from "./actions/press-case-button.js";
import { submitSatisfaction } from "./actions/submit-satisfaction.js";
import { submitWaitingForm } from "./actions/submit-waiting-form.js";

/**
 * The buttons and forms of the clocks (issue 14): "Waiting on customer" (asks what the customer is asked
 * for, pauses the resolution clock), "Customer replied" (resumes it), and "Confirm closed", which closes
 * the case and then asks for the customer's satisfaction with the handling. Presses twice change nothing:
 * the rules refuse a move the case already made, and say so.
 */
export function registerClockListeners(registrar: Registrar, deps: AppDeps, seal: ViewSeal): void {
  registrar.action(COMPLAINT_ACTIONS.wait, guardPress(deps, openWaitingForm(deps, seal)) as never);
  registrar.view(WAITING_ON_CUSTOMER_FORM, guardSubmission(deps, { field: "asked" }, submitWaitingForm(deps, seal) as never) as never);
  registrar.action(COMPLAINT_ACTIONS.resume, guardPress(deps, pressCaseButton(deps, "resume")) as never);
  registrar.action(COMPLAINT_ACTIONS.confirm, guardPress(deps, confirmClosed(deps, seal)) as never);
  registrar.view(SATISFACTION_FORM, guardSubmission(deps, { field: "score" }, submitSatisfaction(deps, seal) as never) as never);
}
