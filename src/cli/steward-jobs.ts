import type { WebClient } from "@slack/web-api";
import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import { complaintEscalationJob } from "../scheduler/jobs/complaint-escalation-job.js";
import { complaintReportJob } from "../scheduler/jobs/complaint-report-job.js";
import type { Job } from "../scheduler/job.js";
import { returnSummaryJob } from "../scheduler/jobs/return-summary-job.js";
import { refreshComplaintCards } from "../slack/complaints/actions/refresh-complaint-cards.js";

/** The jobs every tick runs besides the reminders: complaint timers (redrawing changed cards), the monthly report and return summaries. */
export function stewardJobs(db: Database, client: WebClient, settings: TeamSettings): Job[] {
  return [
    complaintEscalationJob({ onCasesChanged: (ids, now) => refreshComplaintCards(db, client, settings, ids, now) }),
    complaintReportJob(),
    returnSummaryJob(),
  ];
}
