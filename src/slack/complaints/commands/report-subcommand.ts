import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { composeMonthlyReport } from "../../../db/complaints/compose-monthly-report.js";
import { complaintReportBlocks } from "../../blocks/complaints/complaint-report-blocks.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** `/complaint report [YYYY-MM]`: the monthly report, by default of last month. */
export const reportSubcommand: Subcommand = {
  name: "report",
  usage: "/complaint report [YYYY-MM]",
  summary: "a month's complaints: categories, classes, resolution and repeat rates, SLA compliance, medians, top customers (default: last month)",
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const now = ctx.deps.clock.now();
    const zone = ctx.deps.settings.calendar.timeZone;
    let month = dayjs(now).tz(zone).subtract(1, "month").format("YYYY-MM");
    if (ctx.args) {
      const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(ctx.args);
      if (!match) return reply(ctx, `Give the month as YYYY-MM, e.g. \`/complaint report ${month}\` (you typed \`${escapeMrkdwn(ctx.args)}\`).`);
      month = ctx.args;
      if (dayjs.tz(`${month}-01`, zone).toDate() > now) return reply(ctx, `${month} has not begun yet; try \`/complaint report ${dayjs(now).tz(zone).format("YYYY-MM")}\` for this month so far.`);
    }
    const report = await composeMonthlyReport(ctx.deps.db, ctx.deps.settings, month, now);
    await reply(ctx, `Complaints — ${month}`, complaintReportBlocks(report));
  },
};
