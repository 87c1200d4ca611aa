import { LIST_USAGE, listCustomers } from "../../../app/health/list-customers.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const listSubcommand: Subcommand = {
  name: "list",
  usage: LIST_USAGE,
  summary: "the customers you may see, best score first, filtered by grade, owner or tier",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    await replyMessage(request, await listCustomers(healthDepsOf(ctx.deps), { actor: ctx.actor, request: { typed: ctx.args }, now: ctx.deps.clock.now() }));
  },
};
