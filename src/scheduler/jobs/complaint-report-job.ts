import { composeMonthlyReport } from "../../db/complaints/compose-monthly-report.js";
import { withActor } from "../../db/with-actor.js";
import { reportMonthDue } from "../../domain/complaints/report-month-due.js";
import { complaintReportBlocks } from "../../slack/blocks/complaints/complaint-report-blocks.js";
import { enqueueDeliveries } from "../enqueue-deliveries.js";
import type { Job } from "../job.js";

/**
 * The automatic monthly complaint report: on the first working day of each month, from the start of the
 * working day, last month's report goes to the configured channel — once (its ledger key is the month).
 */
export function complaintReportJob(): Job {
  return {
    name: "complaint-report",
    async run(now, ctx) {
      const channel = ctx.settings.complaints.reportChannel;
      const month = channel ? reportMonthDue(now, ctx.settings.calendar) : null;
      if (!channel || !month) return;
      const key = `complaint-report:${month}:${channel}`;
      // Built once per month, not on every tick of that day.
      if (await ctx.db.prisma.delivery.findUnique({ where: { key }, select: { id: true } })) return;
      const report = await composeMonthlyReport(ctx.db, ctx.settings, month, now);
      await withActor(ctx.db, "steward", (tx) =>
        enqueueDeliveries(tx, [
          {
            key,
            rule: "complaint-report",
            recipient: channel,
            dueAt: now,
            payload: { text: `Complaints — ${month}: ${report.total} opened`, blocks: complaintReportBlocks(report) },
          },
        ]),
      );
    },
  };
}
