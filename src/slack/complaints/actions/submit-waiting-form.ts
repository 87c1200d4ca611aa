import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { applyCaseAction } from "../../../app/complaints/apply-case-action.js";
import { previewCaseAction } from "../../../app/complaints/preview-case-action.js";
import { ASKED_MAX_CHARS, WAITING_ON_CUSTOMER_FORM } from "../../../domain/complaints/waiting-on-customer-form.js";
import { cleanText } from "../../../domain/text/clean-text.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { renderPlain } from "../../render/render-plain.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";
import { directMessage } from "./direct-message.js";
import { sealedComplaintId, UNVERIFIED_FORM } from "./sealed-form.js";

/** What the customer is asked for: an empty answer, or a case no longer acknowledged, shows under the field. */
export function submitWaitingForm(deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const complaintId = sealedComplaintId(view.private_metadata, WAITING_ON_CUSTOMER_FORM, seal);
    if (complaintId === null) return ack({ response_action: "errors", errors: { asked: UNVERIFIED_FORM } });
    const asked = cleanText(view.state.values.asked?.value?.value ?? "").slice(0, ASKED_MAX_CHARS);
    const input = { complaintId, user: { platform: "slack" as const, id: body.user.id }, request: { action: "wait" as const, asked } };
    const preview = await previewCaseAction(deps, input, deps.clock.now());
    if (!preview.ok) return ack({ response_action: "errors", errors: { asked: renderPlain(preview.message).slice(0, 300) } });
    await ack();
    const result = await applyCaseAction(deps, slackComplaintChat(client, deps.settings.complaints.urgentTeamChannelPrefix), input, deps.clock.now());
    if (!result.ok) await directMessage(client, body.user.id, renderMrkdwn(result.message));
  };
}
