import { postMonthlyReport } from "../../app/complaints/post-monthly-report.js";
import type { Job } from "../job.js";

/** The monthly complaint report, checked on every tick: the use case posts it once, on the month's first working day. */
export function complaintReportJob(): Job {
  return { name: "complaint-report", run: (now, ctx) => postMonthlyReport(ctx, now) };
}
