import { setCustomerDeputy } from "../../app/roster/set-customer-deputy.js";
import { deputyReply } from "../../domain/roster/deputy/deputy-reply.js";
import { DEPUTY_EXAMPLE, parseDeputyArgs } from "../../domain/roster/deputy/parse-deputy-args.js";
import { renderMessage } from "../render/render-message.js";
import type { SubcommandHandler } from "../commands/subcommand.js";
import { slackMentionsAsTokens } from "../commands/slack-mentions-as-tokens.js";

/** `/customer deputy <customer> @person|none`: who takes the owner's reminders while the owner is away. */
export const deputySubcommand: SubcommandHandler = {
  run: async (ctx) => {
    const parsed = parseDeputyArgs(slackMentionsAsTokens(ctx.args));
    const outcome = parsed.ok
      ? await setCustomerDeputy(ctx.deps.db, ctx.actor, parsed.request)
      : { kind: "bad-input" as const, field: parsed.field, problem: parsed.problem, example: DEPUTY_EXAMPLE };
    await ctx.respond({ response_type: "ephemeral", replace_original: false, ...renderMessage(deputyReply(outcome)) });
  },
};
