import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { findKnownKeys } from "../../db/deliveries/find-known-keys.js";
import { withActor } from "../../db/with-actor.js";
import { complaintReportMessage } from "../../domain/complaints/complaint-report-message.js";
import { reportMonthDue } from "../../domain/complaints/report-month-due.js";
import { insertDeliveries } from "../../db/deliveries/insert-deliveries.js";
import { composeMonthlyReport } from "./compose-monthly-report.js";

/**
 * The automatic monthly complaint report: on the first working day of each month, from the start of the
 * working day, last month's report goes to the configured channel — once (its ledger key is the month).
 */
export async function postMonthlyReport(ctx: { db: Database; settings: TeamSettings }, now: Date): Promise<void> {
  const channel = ctx.settings.complaints.reportChannel;
  const month = channel ? reportMonthDue(now, ctx.settings.calendar) : null;
  if (!channel || !month) return;
  const key = `complaint-report:${month}:${channel}`;
  // Built once per month, not on every tick of that day.
  if ((await findKnownKeys(ctx.db, [key])).size) return;
  const report = await composeMonthlyReport(ctx.db, ctx.settings, month, now);
  const message = complaintReportMessage(report);
  await withActor(ctx.db, "steward", (tx) =>
    insertDeliveries(tx, [{ key, rule: "complaint-report", recipient: channel, dueAt: now, payload: { message } }]),
  );
}
