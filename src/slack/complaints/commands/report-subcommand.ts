import { showMonthlyReport } from "../../../app/complaints/show-monthly-report.js";
import { renderMessage } from "../../render/render-message.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

/** `/complaint report [YYYY-MM]`: the monthly report, by default of last month. */
export const reportSubcommand: SubcommandHandler = {
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const shown = await showMonthlyReport(ctx.deps, ctx.args, ctx.deps.clock.now());
    if (!shown.ok) return reply(ctx, renderMrkdwn(shown.refusal));
    await reply(ctx, `Complaints — ${shown.month}`, renderMessage(shown.message).blocks);
  },
};
