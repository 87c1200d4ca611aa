import { addOnCallOverride } from "../../../app/complaints/add-on-call-override.js";
import { showOnCall } from "../../../app/complaints/show-on-call.js";
import { OVERRIDE_USAGE } from "../../../domain/complaints/on-call/parse-override-command.js";
import { renderMessage } from "../../render/render-message.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";
import { slackMentionsAsTokens } from "../../commands/slack-mentions-as-tokens.js";

/** `/complaint oncall` shows who holds each tier; `/complaint oncall override …` makes an override. */
export const oncallSubcommand: SubcommandHandler = {
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const now = ctx.deps.clock.now();
    const [word, ...rest] = ctx.args.split(/\s+/);
    const message =
      word?.toLowerCase() === "override"
        ? await addOnCallOverride(ctx.deps.db, ctx.deps.settings, ctx.actor, slackMentionsAsTokens(rest.join(" ")), now)
        : ctx.args
          ? null
          : await showOnCall(ctx.deps.db, ctx.deps.settings, now, ctx.actor.timeZone);
    if (!message) return reply(ctx, `\`/complaint oncall\` shows who is on call; \`${OVERRIDE_USAGE}\` makes Priya cover for Lukas.`);
    await ctx.respond({ response_type: "ephemeral", ...renderMessage(message) });
  },
};
