import { showComplaint } from "../../../app/complaints/show-complaint.js";
import { loadAccessViewer } from "../../../app/roster/load-access-viewer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { complaintTimelineMessage } from "../../../domain/complaints/complaint-timeline-message.js";
import { renderMessage } from "../../render/render-message.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

/** `/complaint show <id>`: the case and its whole timeline, archived messages included. */
export const showSubcommand: SubcommandHandler = {
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const match = /^#?(\d{1,9})$/.exec(ctx.args);
    if (!match) return reply(ctx, `Give the case number, e.g. \`/complaint show 42\` (you typed \`${escapeMrkdwn(ctx.args) || "nothing"}\`).`);
    const id = Number(match[1]);
    const now = ctx.deps.clock.now();
    const shown = await showComplaint(ctx.deps, { viewer: await loadAccessViewer(ctx.deps.db, ctx.actor), complaintId: id }, now);
    if (!shown.ok) return reply(ctx, `There is no complaint #${id} that you may see. \`/complaint list\` shows the open ones you may see.`);
    const zone = ctx.actor.timeZone ?? ctx.deps.settings.calendar.timeZone;
    const { text, blocks } = renderMessage(complaintTimelineMessage(shown.record, shown.events, shown.clocks, now, zone));
    await reply(ctx, text, blocks);
  },
};
