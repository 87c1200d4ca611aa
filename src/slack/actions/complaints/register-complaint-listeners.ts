import type { AllMiddlewareArgs, BlockAction, ButtonAction, MessageShortcut, SlackActionMiddlewareArgs, SlackShortcutMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { findCustomer } from "../../../db/health/find-customer.js";
import { findPersonByIdentity } from "../../../db/people/find-person-by-identity.js";
import { describeNoMatch } from "../../../domain/health/describe-no-match.js";
import type { TransitionRequest } from "../../../domain/complaints/decide-transition.js";
import type { EscalationTier } from "../../../domain/complaints/complaint-case.js";
import type { AppDeps } from "../../app-deps.js";
import { COMPLAINT_ACTIONS } from "../../blocks/complaints/complaint-action-ids.js";
import { archiveComplaintMessages } from "../../events/archive-complaint-messages.js";
import type { Registrar } from "../../registrar.js";
import { decodeSlackText } from "../../events/decode-slack-text.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { cleanText } from "../../../domain/text/clean-text.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { CASE_TEXT_VIEW, type CaseTextAction, caseTextView } from "../../views/complaint/case-text-view.js";
import { DESCRIPTION_MAX_CHARS, INTAKE_VIEW, intakeView } from "../../views/complaint/intake-view.js";
import { parseIntakeSubmission } from "../../views/complaint/parse-intake-submission.js";
import { loadDepartments } from "../../../db/complaints/load-departments.js";
import { guardPress } from "../guard-press.js";
import { guardSubmission } from "../guard-submission.js";
import { fileComplaint } from "./file-complaint.js";
import { previewCaseAction, runCaseAction } from "./run-case-action.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { slackIdOf } from "../../slack-id-of.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export const LOG_COMPLAINT_SHORTCUT = "log_complaint";

/**
 * The complaint case's buttons, modals, the "Log as complaint" shortcut and the thread archiving. Every
 * press and submission is guarded: answered, even when the database is away (guardPress, guardSubmission).
 */
export function registerComplaintListeners(registrar: Registrar, deps: AppDeps, seal: ViewSeal): void {
  const tell = async (args: ButtonArgs, text: string) => {
    await args.respond({ response_type: "ephemeral", replace_original: false, text });
  };

  const direct = (action: "acknowledge" | "confirm") => async (args: ButtonArgs) => {
    await args.ack();
    const result = await runCaseAction(deps, args.client, Number(args.action.value), args.body.user.id, { action });
    if (!result.ok) await tell(args, result.message);
  };
  registrar.action(COMPLAINT_ACTIONS.acknowledge, guardPress(deps, direct("acknowledge")) as never);
  registrar.action(COMPLAINT_ACTIONS.confirm, guardPress(deps, direct("confirm")) as never);

  const withText = (action: CaseTextAction) => async (args: ButtonArgs) => {
    await args.ack();
    const complaintId = Number(args.action.value);
    const refusal = await previewCaseAction(deps, complaintId, args.body.user.id, probe(action));
    if (refusal) return tell(args, refusal);
    const [record] = await loadComplaintRecords(deps.db.prisma, [complaintId]);
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: caseTextView(complaintId, action, record?.case.tier ?? 1, seal) });
  };
  registrar.action(COMPLAINT_ACTIONS.escalate, guardPress(deps, withText("escalate")) as never);
  registrar.action(COMPLAINT_ACTIONS.update, guardPress(deps, withText("update")) as never);
  registrar.action(COMPLAINT_ACTIONS.resolve, guardPress(deps, withText("resolve")) as never);
  registrar.action(COMPLAINT_ACTIONS.reopen, guardPress(deps, withText("reopen")) as never);

  registrar.view(CASE_TEXT_VIEW, guardSubmission(deps, { field: "text" }, (async ({ ack, view, body, client }: ViewArgs) => {
    const opened = seal.open(view.private_metadata) as { complaintId?: unknown; action?: unknown } | null;
    const complaintId = Number(opened?.complaintId);
    const action = opened?.action as CaseTextAction;
    // Only what Steward sealed when it opened the form: another case id or action typed into the metadata is refused.
    if (!Number.isInteger(complaintId) || !["escalate", "update", "resolve", "reopen"].includes(action)) {
      return ack({ response_action: "errors", errors: { text: "This form could not be verified; close it and press the button on the card again. Nothing was changed." } });
    }
    const text = cleanText(view.state.values.text?.value?.value ?? "");
    const tier = view.state.values.tier?.value?.selected_option?.value;
    const request = toRequest(action, text, tier ? (Number(tier) as EscalationTier) : undefined);
    // Refusals (an empty reason, a tier skip not allowed, the case resolved meanwhile) show under the field.
    const refusal = await previewCaseAction(deps, complaintId, body.user.id, request);
    if (refusal) return ack({ response_action: "errors", errors: { text: refusal.slice(0, 300) } });
    await ack();
    const result = await runCaseAction(deps, client, complaintId, body.user.id, request);
    if (!result.ok) await dm(client, body.user.id, result.message);
  }) as never) as never);

  registrar.view(INTAKE_VIEW, guardSubmission(deps, { field: "description" }, (async ({ ack, view, body, client }: ViewArgs) => {
    const parsed = parseIntakeSubmission(view.state.values as never, view.private_metadata, deps.settings.complaints, await loadDepartments(deps.db), seal);
    if (!parsed.ok) return ack({ response_action: "errors", errors: parsed.errors });
    const filer = await findPersonByIdentity(deps.db, "slack", body.user.id);
    if (!filer) return ack({ response_action: "errors", errors: { customer: "You are not on Steward's roster yet: ask your Steward admin to add you." } });
    const found = await findCustomer(deps.db, parsed.fields.customer);
    if (found.kind === "none") return ack({ response_action: "errors", errors: { customer: describeNoMatch(parsed.fields.customer, found.suggestions) } });
    if (found.kind === "several") {
      const keys = found.candidates.map((c) => `${c.key} (${c.name})`).join(", ");
      return ack({ response_action: "errors", errors: { customer: `"${parsed.fields.customer}" matches ${keys}${found.more ? " and more" : ""}: type the key.` } });
    }
    await ack();
    try {
      const { id, created } = await fileComplaint(deps, client, filer, parsed.fields, found.customer, view.id);
      // The same modal submitted again: its case is filed and its filer was told once already.
      if (!created) return deps.logger.info(`intake view ${view.id} submitted again; complaint #${id} was filed from it already`);
      await dm(client, slackIdOf(filer), `Complaint #${id} for ${escapeMrkdwn(found.customer.key)} is filed; its card and clocks are in the lead department's channel. \`/complaint show ${id}\` shows it any time.`);
    } catch (error) {
      deps.logger.error("complaint intake failed", error);
      await dm(client, slackIdOf(filer), `Sorry — the complaint for ${escapeMrkdwn(found.customer.key)} could not be filed on our side. Nothing was posted; please try again, and tell your Steward admin if it keeps failing.`);
    }
  }) as never) as never);

  registrar.shortcut(LOG_COMPLAINT_SHORTCUT, guardPress(deps, (async ({ ack, shortcut, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs) => {
    await ack();
    const text = decodeSlackText(shortcut.message.text ?? "");
    const permalink = await client.chat
      .getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message.ts })
      .then((r) => r.permalink ?? null, () => null);
    const departments = await loadDepartments(deps.db);
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: intakeView(deps.settings.complaints, departments, {
        description: text,
        source: { channel: shortcut.channel.id, ts: shortcut.message.ts, permalink, longerThanField: text.length > DESCRIPTION_MAX_CHARS },
      }, seal),
    });
  }) as never) as never);

  registrar.event("message", archiveComplaintMessages(deps) as never);
}

/** A request with placeholder words, to ask the rules about state and role before the modal opens. */
function probe(action: CaseTextAction): TransitionRequest {
  return toRequest(action, "?", undefined);
}

function toRequest(action: CaseTextAction, text: string, toTier: EscalationTier | undefined): TransitionRequest {
  switch (action) {
    case "escalate":
      return { action, reason: text, toTier };
    case "update":
      return { action, text };
    case "resolve":
      return { action, solution: text };
    case "reopen":
      return { action, reason: text };
  }
}

async function dm(client: WebClient, user: string, text: string): Promise<void> {
  await client.chat.postMessage({ channel: user, text });
}
