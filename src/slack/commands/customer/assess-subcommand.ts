import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { scoreCustomer } from "../../../db/health/score-customer.js";
import { assessmentModal } from "../../views/assess/assessment-modal.js";
import type { Subcommand } from "../subcommand.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { checkAssessAccess } from "./check-assess-access.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { replyNotice } from "./reply-notice.js";
import { resolveCustomer } from "./resolve-customer.js";
import { teamHealthSettings } from "./team-health-settings.js";
import { mentionPerson } from "../../blocks/mention-person.js";

const USAGE = "/customer assess <customer>";

export const assessSubcommand: Subcommand = {
  name: "assess",
  usage: USAGE,
  summary: "record an assessment: needs fit, overrides with reasons, key problems, improvement actions",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    const customer = await resolveCustomer(request, ctx.args, { subcommand: "assess", usage: USAGE, example: "/customer assess ACME" });
    if (customer) await openAssessment(request, customer);
  },
};

/** Opens the assessment modal, showing today's computed values next to each override field. */
export async function openAssessment(request: CustomerRequest, customer: CustomerProfile): Promise<void> {
  const { deps, actor } = request;
  if (!actor || !(await checkAssessAccess(deps.db, actor, customer))) {
    return replyNotice(
      request,
      `Sorry — an assessment of ${escapeMrkdwn(customer.key)} is recorded by its owner${customer.owner ? ` (${mentionPerson(customer.owner)})` : ""}, their department head, an executive or an admin. Nothing was changed.`,
    );
  }
  if (!request.triggerId) return replyNotice(request, "Slack did not send what is needed to open the form; type `/customer assess` again.");
  const assessedOn = evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
  const report = await scoreCustomer(deps.db, customer, assessedOn, teamHealthSettings(deps));
  await request.client.views.open({
    trigger_id: request.triggerId,
    view: assessmentModal(report, deps.settings.health, { c: customer.id, on: assessedOn, ch: request.channelId }),
  });
}
