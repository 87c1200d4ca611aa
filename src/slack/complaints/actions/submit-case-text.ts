import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { applyCaseAction } from "../../../app/complaints/apply-case-action.js";
import { previewCaseAction } from "../../../app/complaints/preview-case-action.js";
import type { CaseTextAction } from "../../../domain/complaints/case-text-form.js";
import type { EscalationTier } from "../../../domain/complaints/complaint-case.js";
import { cleanText } from "../../../domain/text/clean-text.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { renderPlain } from "../../render/render-plain.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";
import { caseTextRequest } from "../../../domain/complaints/case-text-request.js";
import { directMessage } from "./direct-message.js";

const ACTIONS: readonly string[] = ["escalate", "update", "resolve", "reopen"];

/** A submitted case-text form: refusals show under the field and change nothing; an accepted one is applied. */
export function submitCaseText(deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const opened = seal.open(view.private_metadata) as { complaintId?: unknown; action?: unknown } | null;
    const complaintId = Number(opened?.complaintId);
    const action = opened?.action as CaseTextAction;
    // Only what Steward sealed when it opened the form: another case id or action typed into the metadata is refused.
    if (!Number.isInteger(complaintId) || !ACTIONS.includes(action)) {
      return ack({ response_action: "errors", errors: { text: "This form could not be verified; close it and press the button on the card again. Nothing was changed." } });
    }
    const text = cleanText(view.state.values.text?.value?.value ?? "");
    const tier = view.state.values.tier?.value?.selected_option?.value;
    const input = { complaintId, user: { platform: "slack" as const, id: body.user.id }, request: caseTextRequest(action, text, tier ? (Number(tier) as EscalationTier) : undefined) };
    // Refusals (an empty reason, a tier skip not allowed, the case resolved meanwhile) show under the field.
    const preview = await previewCaseAction(deps, input, deps.clock.now());
    if (!preview.ok) return ack({ response_action: "errors", errors: { text: renderPlain(preview.message).slice(0, 300) } });
    await ack();
    const result = await applyCaseAction(deps, slackComplaintChat(client, deps.settings.complaints.urgentTeamChannelPrefix), input, deps.clock.now());
    if (!result.ok) await directMessage(client, body.user.id, renderMrkdwn(result.message));
  };
}
