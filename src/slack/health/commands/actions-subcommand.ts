import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import { showImprovementActions } from "../../../app/health/show-improvement-actions.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const actionsSubcommand: SubcommandHandler = {
  run: (ctx) => answerActions(customerRequestFromCommand(ctx), { typed: ctx.args }),
};

/** The improvement-action tracking table of a customer. */
export async function answerActions(request: CustomerRequest, target: CustomerTarget): Promise<void> {
  const { deps, actor } = request;
  await replyMessage(request, await showImprovementActions(healthDepsOf(deps), { actor, target, now: deps.clock.now() }));
}
