import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { recordSatisfaction } from "../../db/complaints/record-satisfaction.js";
import { formatMoment } from "../../domain/complaints/format-moment.js";
import { parseSatisfaction } from "../../domain/complaints/parse-satisfaction.js";
import { SATISFACTION_FORM, satisfactionForm } from "../../domain/complaints/satisfaction-form.js";
import { ASKED_MAX_CHARS, WAITING_ON_CUSTOMER_FORM, waitingOnCustomerForm } from "../../domain/complaints/waiting-on-customer-form.js";
import type { Form } from "../../domain/messages/message.js";
import { cleanText } from "../../domain/text/clean-text.js";
import { previewCaseAction, runCaseAction } from "../actions/complaints/run-case-action.js";
import { guardPress } from "../actions/guard-press.js";
import { guardSubmission } from "../actions/guard-submission.js";
import type { AppDeps } from "../app-deps.js";
import { COMPLAINT_ACTIONS } from "../blocks/complaints/complaint-action-ids.js";
import type { Registrar } from "../registrar.js";
import { renderForm } from "../render/render-form.js";
import type { ViewSeal } from "../views/view-seal.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const UNVERIFIED = "This form could not be verified; close it and press the button on the card again. Nothing was changed.";

/**
 * The buttons and forms of the clocks (issue 14): "Waiting on customer" (asks what the customer is asked
 * for, pauses the resolution clock), "Customer replied" (resumes it), and "Confirm closed", which closes
 * the case and then asks for the customer's satisfaction with the handling. Presses twice change nothing:
 * the rules refuse a move the case already made, and say so.
 */
export function registerClockListeners(registrar: Registrar, deps: AppDeps, seal: ViewSeal): void {
  const tell = (args: ButtonArgs, text: string) => args.respond({ response_type: "ephemeral", replace_original: false, text });
  // The form's state travels sealed with its id, so one form's state cannot be replayed into another.
  const open = (args: ButtonArgs, form: Form) =>
    args.client.views.open({ trigger_id: args.body.trigger_id, view: renderForm(form, seal.seal({ form: form.id, state: form.state })) });
  const complaintOf = (view: ViewSubmitAction["view"], formId: string): number | null => {
    const opened = seal.open(view.private_metadata) as { form?: unknown; state?: unknown } | null;
    const id = Number(opened?.state);
    return opened?.form === formId && Number.isInteger(id) ? id : null;
  };

  registrar.action(COMPLAINT_ACTIONS.wait, guardPress(deps, async (args: ButtonArgs) => {
    await args.ack();
    const complaintId = Number(args.action.value);
    const refusal = await previewCaseAction(deps, complaintId, args.body.user.id, { action: "wait", asked: "?" });
    if (refusal) return tell(args, refusal);
    await open(args, waitingOnCustomerForm(complaintId));
  }) as never);

  registrar.view(WAITING_ON_CUSTOMER_FORM, guardSubmission(deps, { field: "asked" }, (async ({ ack, view, body, client }: ViewArgs) => {
    const complaintId = complaintOf(view, WAITING_ON_CUSTOMER_FORM);
    if (complaintId === null) return ack({ response_action: "errors", errors: { asked: UNVERIFIED } });
    const asked = cleanText(view.state.values.asked?.value?.value ?? "").slice(0, ASKED_MAX_CHARS);
    const request = { action: "wait" as const, asked };
    // An empty answer, or the case no longer acknowledged (someone pressed first), shows under the field.
    const refusal = await previewCaseAction(deps, complaintId, body.user.id, request);
    if (refusal) return ack({ response_action: "errors", errors: { asked: refusal.slice(0, 300) } });
    await ack();
    const result = await runCaseAction(deps, client, complaintId, body.user.id, request);
    if (!result.ok) await client.chat.postMessage({ channel: body.user.id, text: result.message });
  }) as never) as never);

  registrar.action(COMPLAINT_ACTIONS.resume, guardPress(deps, async (args: ButtonArgs) => {
    await args.ack();
    const result = await runCaseAction(deps, args.client, Number(args.action.value), args.body.user.id, { action: "resume" });
    if (!result.ok) await tell(args, result.message);
  }) as never);

  registrar.action(COMPLAINT_ACTIONS.confirm, guardPress(deps, async (args: ButtonArgs) => {
    await args.ack();
    const result = await runCaseAction(deps, args.client, Number(args.action.value), args.body.user.id, { action: "confirm" });
    if (!result.ok) return tell(args, result.message);
    await open(args, satisfactionForm(result.record.case.id, result.record.customer.key));
  }) as never);

  registrar.view(SATISFACTION_FORM, guardSubmission(deps, { field: "score" }, (async ({ ack, view, body }: ViewArgs) => {
    const complaintId = complaintOf(view, SATISFACTION_FORM);
    if (complaintId === null) return ack({ response_action: "errors", errors: { score: UNVERIFIED } });
    const answer = parseSatisfaction({ score: view.state.values.score?.value?.value, comment: cleanText(view.state.values.comment?.value?.value ?? "") });
    if (!answer.ok) return ack({ response_action: "errors", errors: answer.errors });
    const [record] = await loadComplaintRecords(deps.db.prisma, [complaintId]);
    // The form opens for whoever confirmed the closing: they spoke with the customer.
    if (!record || record.case.closedBy !== body.user.id) {
      return ack({ response_action: "errors", errors: { score: `Only the person who confirmed case #${complaintId} closed records the customer's satisfaction. Nothing was recorded.` } });
    }
    const now = deps.clock.now();
    const outcome = await recordSatisfaction(deps.db, complaintId, { score: answer.score, comment: answer.comment }, body.user.id, now);
    if (outcome.kind === "not-closed") return ack({ response_action: "errors", errors: { score: `Case #${complaintId} is not closed (any more): nothing was recorded.` } });
    if (outcome.kind === "already") {
      const when = formatMoment(outcome.recordedAt, now, deps.settings.calendar.timeZone);
      return ack({ response_action: "errors", errors: { score: `The customer's satisfaction with case #${complaintId} is recorded already (${outcome.score} of 5, at ${when}); nothing was changed.` } });
    }
    await ack();
  }) as never) as never);
}
