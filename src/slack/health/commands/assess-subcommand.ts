import { openAssessment } from "../../../app/health/open-assessment.js";
import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import { noticeMessage } from "../../../domain/messages/notice-message.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { renderForm } from "../../render/render-form.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const assessSubcommand: SubcommandHandler = {
  run: (ctx) => answerAssess(customerRequestFromCommand(ctx), { typed: ctx.args }),
};

/** Opens the assessment form, or says why not. */
export async function answerAssess(request: CustomerRequest, target: CustomerTarget): Promise<void> {
  const { deps, actor, triggerId } = request;
  const opened = await openAssessment(healthDepsOf(deps), { actor, target, canOpenForm: Boolean(triggerId), channelId: request.channelId, now: deps.clock.now() });
  if ("reply" in opened) return replyMessage(request, opened.reply);
  if ("formUnavailable" in opened) {
    return replyMessage(request, noticeMessage(["Slack did not send what is needed to open the form; type ", { kind: "code", text: "/customer assess" }, " again."]));
  }
  // The form's state goes as it is: its submission re-checks the customer, the assessor and the date.
  await request.client.views.open({ trigger_id: triggerId!, view: renderForm(opened.form, opened.form.state) });
}
