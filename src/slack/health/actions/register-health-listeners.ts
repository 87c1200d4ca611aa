import type { AppDeps } from "../../app-deps.js";
import { PICK_CUSTOMER_ACTION } from "../../../domain/health/customer-choice-message.js";
import { TABLE_NEXT_ACTION, TABLE_PREVIOUS_ACTION } from "../../../domain/health/customer-table-message.js";
import { SHARE_SCORE_ACTION } from "../../../domain/health/health-report-message.js";
import { RECORD_RESULT_ACTION } from "../../../domain/health/improvement-actions-message.js";
import type { Registrar } from "../../registrar.js";
import { guardPress } from "../../actions/guard-press.js";
import { guardSubmission } from "../../actions/guard-submission.js";
import { ACTION_RESULT_VIEW } from "../../../domain/health/action-result-form.js";
import { ASSESS_VIEW } from "../../../domain/health/assessment-form.js";
import { pickCustomerAction } from "./pick-customer-action.js";
import { recordResultAction } from "./record-result-action.js";
import { shareScoreAction } from "./share-score-action.js";
import { submitActionResultView } from "./submit-action-result-view.js";
import { submitAssessmentView } from "./submit-assessment-view.js";
import { tablePageAction } from "./table-page-action.js";

/** The health score's buttons and modals (its slash subcommands are in customer-subcommands.ts). */
export function registerHealthListeners(registrar: Registrar, deps: AppDeps): void {
  registrar.action(SHARE_SCORE_ACTION, guardPress(deps, shareScoreAction(deps)) as never);
  registrar.action(PICK_CUSTOMER_ACTION, guardPress(deps, pickCustomerAction(deps)) as never);
  registrar.action(TABLE_PREVIOUS_ACTION, guardPress(deps, tablePageAction(deps)) as never);
  registrar.action(TABLE_NEXT_ACTION, guardPress(deps, tablePageAction(deps)) as never);
  registrar.action(RECORD_RESULT_ACTION, guardPress(deps, recordResultAction(deps)) as never);
  registrar.view(ASSESS_VIEW, guardSubmission(deps, { field: "needs_fit", writesBeforeAck: true }, submitAssessmentView(deps) as never) as never);
  registrar.view(ACTION_RESULT_VIEW, guardSubmission(deps, { field: "result" }, submitActionResultView(deps) as never) as never);
}
