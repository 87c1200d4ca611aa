import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import { showCustomer } from "../../../app/health/show-customer.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const showSubcommand: SubcommandHandler = {
  run: (ctx) => answerShow(customerRequestFromCommand(ctx), { typed: ctx.args }),
};

/** The customer card, each part only for people allowed to see it. */
export async function answerShow(request: CustomerRequest, target: CustomerTarget): Promise<void> {
  const { deps, actor } = request;
  await replyMessage(request, await showCustomer(healthDepsOf(deps), { actor, target, now: deps.clock.now() }));
}
