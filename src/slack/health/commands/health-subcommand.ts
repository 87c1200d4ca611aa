import { healthOverview } from "../../../app/health/health-overview.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";

export const healthSubcommand: SubcommandHandler = {
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    await replyMessage(request, await healthOverview(healthDepsOf(ctx.deps), { actor: ctx.actor, typed: ctx.args, page: 0, now: ctx.deps.clock.now() }));
  },
};
