import { loadComplaintEvents } from "../../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { computeSlaDeadlines } from "../../../domain/complaints/compute-sla-deadlines.js";
import { slaClockLines } from "../../../domain/complaints/sla-clock-lines.js";
import { teamWorkingDayCalendar } from "../../../domain/complaints/team-working-day-calendar.js";
import { mayAccessComplaint } from "../../access/complaint-access.js";
import { loadAccessViewer } from "../../access/load-access-viewer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { complaintTimelineBlocks } from "../../blocks/complaints/complaint-timeline-blocks.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

/** `/complaint show <id>`: the case and its whole timeline, archived messages included. */
export const showSubcommand: Subcommand = {
  name: "show",
  usage: "/complaint show <id>",
  summary: "a case with its timeline: every step, who, when, and the archived conversation",
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const match = /^#?(\d{1,9})$/.exec(ctx.args);
    if (!match) return reply(ctx, `Give the case number, e.g. \`/complaint show 42\` (you typed \`${escapeMrkdwn(ctx.args) || "nothing"}\`).`);
    const id = Number(match[1]);
    const [record] = await loadComplaintRecords(ctx.deps.db.prisma, [id]);
    // A case the person may not see answers like a missing one: its existence is need-to-know too.
    if (!record || !mayAccessComplaint(await loadAccessViewer(ctx.deps.db, ctx.actor), record)) {
      return reply(ctx, `There is no complaint #${id} that you may see. \`/complaint list\` shows the open ones you may see.`);
    }
    const events = (await loadComplaintEvents(ctx.deps.db.prisma, [id])).get(id) ?? [];
    const now = ctx.deps.clock.now();
    const calendar = teamWorkingDayCalendar(ctx.deps.settings.calendar);
    const clocks = slaClockLines(computeSlaDeadlines(record.case, events, now, ctx.deps.settings.complaints, calendar), now);
    const zone = ctx.actor.timeZone ?? ctx.deps.settings.calendar.timeZone;
    await reply(ctx, escapeMrkdwn(`Complaint #${id} · ${record.customer.key}`), complaintTimelineBlocks(record, events, clocks, now, zone));
  },
};
