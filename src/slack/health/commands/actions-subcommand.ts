import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { listImprovementActions } from "../../../db/health/list-improvement-actions.js";
import { improvementActionsBlocks } from "../../blocks/health/improvement-actions-blocks.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { checkAssessAccess } from "./check-assess-access.js";
import { checkCustomerAccess } from "../../access/check-customer-access.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { noAccessText } from "./no-access-text.js";
import { replyNotice } from "./reply-notice.js";
import { resolveCustomer } from "./resolve-customer.js";

const USAGE = "/customer actions <customer>";

export const actionsSubcommand: Subcommand = {
  name: "actions",
  usage: USAGE,
  summary: "the improvement actions of a customer; owners record each action's result",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    const customer = await resolveCustomer(request, ctx.args, { subcommand: "actions", usage: USAGE, example: "/customer actions ACME" });
    if (customer) await showActions(request, customer);
  },
};

/** The tracking table; a "Record result" button on the open actions the viewer may close. */
export async function showActions(request: CustomerRequest, customer: CustomerProfile, replace = false): Promise<void> {
  const { deps, actor } = request;
  if (!actor || !(await checkCustomerAccess(deps.db, actor, "score", customer))) return replyNotice(request, noAccessText(customer));
  const [actions, mayAssessAll] = await Promise.all([
    listImprovementActions(deps.db, customer.id),
    checkAssessAccess(deps.db, actor, customer),
  ]);
  await request.respond({
    response_type: "ephemeral",
    replace_original: replace,
    text: escapeMrkdwn(`Improvement actions of ${customer.key}: ${actions.length}`),
    blocks: improvementActionsBlocks(customer, actions, (action) => mayAssessAll || action.owner?.id === actor.id, evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone)),
  });
}
