import { listCustomers } from "../../../app/health/list-customers.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { customerRequestFromCommand } from "./customer-request.js";
import { healthDepsOf } from "./health-deps-of.js";
import { replyMessage } from "./reply-message.js";
import { slackMentionsAsTokens } from "../../commands/slack-mentions-as-tokens.js";

export const listSubcommand: SubcommandHandler = {
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    await replyMessage(request, await listCustomers(healthDepsOf(ctx.deps), { actor: ctx.actor, request: { typed: slackMentionsAsTokens(ctx.args) }, now: ctx.deps.clock.now() }));
  },
};
