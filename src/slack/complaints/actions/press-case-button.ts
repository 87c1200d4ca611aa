import { applyCaseAction } from "../../../app/complaints/apply-case-action.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";
import type { CaseButtonArgs } from "./case-button-args.js";

/** Acknowledge and Customer replied: the press applies at once; a refusal is told to the presser alone. */
export function pressCaseButton(deps: AppDeps, action: "acknowledge" | "resume") {
  return async (args: CaseButtonArgs): Promise<void> => {
    await args.ack();
    const chat = slackComplaintChat(args.client, deps.settings.complaints.urgentTeamChannelPrefix);
    const result = await applyCaseAction(deps, chat, { complaintId: Number(args.action.value), user: { platform: "slack" as const, id: args.body.user.id }, request: { action } }, deps.clock.now());
    if (!result.ok) await args.respond({ response_type: "ephemeral", replace_original: false, text: renderMrkdwn(result.message) });
  };
}
