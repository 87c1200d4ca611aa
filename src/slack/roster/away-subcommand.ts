import { cancelAbsence } from "../../app/roster/cancel-absence.js";
import { listAbsences } from "../../app/roster/list-absences.js";
import { recordAbsence } from "../../app/roster/record-absence.js";
import { awayReply } from "../../domain/roster/absence/away-reply.js";
import { parseAwayArgs } from "../../domain/roster/absence/parse-away-args.js";
import { renderMessage } from "../render/render-message.js";
import type { SubcommandHandler } from "../commands/subcommand.js";
import { slackMentionsAsTokens } from "../commands/slack-mentions-as-tokens.js";

/** `/customer away …`: record, list or cancel an absence (one's own; admins anyone's). */
export const awaySubcommand: SubcommandHandler = {
  run: async (ctx) => {
    const { db, settings, clock } = ctx.deps;
    const parsed = parseAwayArgs(slackMentionsAsTokens(ctx.args));
    const now = clock.now();
    const outcome = !parsed.ok
      ? { kind: "bad-input" as const, problem: parsed.problem }
      : parsed.request.kind === "record"
        ? await recordAbsence(db, settings, ctx.actor, parsed.request, now)
        : parsed.request.kind === "cancel"
          ? await cancelAbsence(db, settings, ctx.actor, parsed.request, now)
          : await listAbsences(db, settings, ctx.actor, parsed.request, now);
    await ctx.respond({ response_type: "ephemeral", replace_original: false, ...renderMessage(awayReply(outcome)) });
  },
};
