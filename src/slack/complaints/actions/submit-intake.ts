import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { checkComplaintIntake } from "../../../app/complaints/check-complaint-intake.js";
import { fileComplaint } from "../../../app/complaints/file-complaint.js";
import { listDepartments } from "../../../app/complaints/list-departments.js";
import type { AppDeps } from "../../app-deps.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";
import { parseIntakeSubmission } from "../views/parse-intake-submission.js";
import { directMessage } from "./direct-message.js";

/**
 * A submitted intake form: problems show under their fields and nothing is filed; an accepted one is
 * acknowledged at once (Slack waits 3 s) and then filed, the filer told by DM either way.
 */
export function submitIntake(deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, view, body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const parsed = parseIntakeSubmission(view.state.values as never, view.private_metadata, deps.settings.complaints, await listDepartments(deps), seal);
    if (!parsed.ok) return ack({ response_action: "errors", errors: parsed.errors });
    const checked = await checkComplaintIntake(deps, { platform: "slack", userId: body.user.id, customerQuery: parsed.fields.customer });
    if (!checked.ok) return ack({ response_action: "errors", errors: { ...checked.errors } });
    const { filer, customer } = checked;
    await ack();
    try {
      const chat = slackComplaintChat(client, deps.settings.complaints.urgentTeamChannelPrefix);
      const { id, created } = await fileComplaint(deps, chat, { filer, customer, intake: parsed.fields, submissionId: view.id }, deps.clock.now());
      // The same modal submitted again: its case is filed and its filer was told once already.
      if (!created) return deps.logger.info(`intake view ${view.id} submitted again; complaint #${id} was filed from it already`);
      await directMessage(client, body.user.id, `Complaint #${id} for ${escapeMrkdwn(customer.key)} is filed; its card and clocks are in the lead department's channel. \`/complaint show ${id}\` shows it any time.`);
    } catch (error) {
      deps.logger.error("complaint intake failed", error);
      await directMessage(client, body.user.id, `Sorry — the complaint for ${escapeMrkdwn(customer.key)} could not be filed on our side. Nothing was posted; please try again, and tell your Steward admin if it keeps failing.`);
    }
  };
}
