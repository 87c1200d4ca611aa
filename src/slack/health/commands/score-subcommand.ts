import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import { scoreCustomer } from "../../../app/health/score-customer.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const scoreSubcommand: SubcommandHandler = {
  run: (ctx) => answerScore(customerRequestFromCommand(ctx), { typed: ctx.args }),
};

/** The score of the customer typed (or picked by a "which one?" button, with its date), or why not. */
export async function answerScore(request: CustomerRequest, target: CustomerTarget, at?: string): Promise<void> {
  const { deps, actor } = request;
  await replyMessage(request, await scoreCustomer(healthDepsOf(deps), { actor, target, at, now: deps.clock.now() }));
}
