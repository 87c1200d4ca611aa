import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import { SHOW_USAGE, showCustomer } from "../../../app/health/show-customer.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const showSubcommand: Subcommand = {
  name: "show",
  usage: SHOW_USAGE,
  summary: "facts, owner, tier, contacts, last interactions, open complaints and the last score",
  run: (ctx) => answerShow(customerRequestFromCommand(ctx), { typed: ctx.args }),
};

/** The customer card, each part only for people allowed to see it. */
export async function answerShow(request: CustomerRequest, target: CustomerTarget): Promise<void> {
  const { deps, actor } = request;
  await replyMessage(request, await showCustomer(healthDepsOf(deps), { actor, target, now: deps.clock.now() }));
}
