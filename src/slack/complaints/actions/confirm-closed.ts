import { applyCaseAction } from "../../../app/complaints/apply-case-action.js";
import { satisfactionForm } from "../../../domain/complaints/satisfaction-form.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";
import type { CaseButtonArgs } from "./case-button-args.js";
import { sealedFormView } from "./sealed-form.js";

/** Confirm closed: the case closes at once, then whoever confirmed is asked for the customer's satisfaction. */
export function confirmClosed(deps: AppDeps, seal: ViewSeal) {
  return async (args: CaseButtonArgs): Promise<void> => {
    await args.ack();
    const chat = slackComplaintChat(args.client, deps.settings.complaints.urgentTeamChannelPrefix);
    const result = await applyCaseAction(deps, chat, { complaintId: Number(args.action.value), user: { platform: "slack" as const, id: args.body.user.id }, request: { action: "confirm" } }, deps.clock.now());
    if (!result.ok) {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: renderMrkdwn(result.message) });
      return;
    }
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: sealedFormView(satisfactionForm(result.record.case.id, result.record.customer.key), seal) });
  };
}
