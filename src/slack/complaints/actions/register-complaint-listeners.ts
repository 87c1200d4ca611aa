import { CASE_TEXT_FORM } from "../../../domain/complaints/case-text-form.js";
import { COMPLAINT_ACTIONS } from "../../../domain/complaints/complaint-action-ids.js";
import { INTAKE_FORM } from "../../../domain/complaints/intake-form.js";
import { guardPress } from "../../actions/guard-press.js";
import { guardSubmission } from "../../actions/guard-submission.js";
import type { AppDeps } from "../../app-deps.js";
import type { Registrar } from "../../registrar.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { archiveComplaintMessages } from "../events/archive-complaint-messages.js";
import { LOG_COMPLAINT_SHORTCUT, logComplaintShortcut } from "./log-complaint-shortcut.js";
import { openCaseTextForm } from "./open-case-text-form.js";
import { pressCaseButton } from "./press-case-button.js";
import { submitCaseText } from "./submit-case-text.js";
import { submitIntake } from "./submit-intake.js";

/**
 * The complaint case's buttons, forms, the "Log as complaint" shortcut and the thread archiving. Every
 * press and submission is guarded: answered, even when the database is away (guardPress, guardSubmission).
 */
export function registerComplaintListeners(registrar: Registrar, deps: AppDeps, seal: ViewSeal): void {
  registrar.action(COMPLAINT_ACTIONS.acknowledge, guardPress(deps, pressCaseButton(deps, "acknowledge")) as never);
  // Confirm closed (it then asks for the customer's satisfaction) is with the clocks: ../register-clock-listeners.ts.
  registrar.action(COMPLAINT_ACTIONS.escalate, guardPress(deps, openCaseTextForm(deps, seal, "escalate")) as never);
  registrar.action(COMPLAINT_ACTIONS.update, guardPress(deps, openCaseTextForm(deps, seal, "update")) as never);
  registrar.action(COMPLAINT_ACTIONS.resolve, guardPress(deps, openCaseTextForm(deps, seal, "resolve")) as never);
  registrar.action(COMPLAINT_ACTIONS.reopen, guardPress(deps, openCaseTextForm(deps, seal, "reopen")) as never);
  registrar.view(CASE_TEXT_FORM, guardSubmission(deps, { field: "text" }, submitCaseText(deps, seal) as never) as never);
  registrar.view(INTAKE_FORM, guardSubmission(deps, { field: "description" }, submitIntake(deps, seal) as never) as never);
  registrar.shortcut(LOG_COMPLAINT_SHORTCUT, guardPress(deps, logComplaintShortcut(deps, seal) as never) as never);
  registrar.event("message", archiveComplaintMessages(deps) as never);
}
