import type { WebClient } from "@slack/web-api";
import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import { complaintEscalationJob } from "../scheduler/jobs/complaint-escalation-job.js";
import { complaintReportJob } from "../scheduler/jobs/complaint-report-job.js";
import type { Job } from "../scheduler/job.js";
import { returnSummaryJob } from "../scheduler/jobs/return-summary-job.js";
import { redrawComplaintCards } from "../app/complaints/redraw-complaint-cards.js";
import type { DeliveryPort } from "../domain/deliveries/delivery-port.js";
import { refreshComplaintCards } from "../slack/complaints/actions/refresh-complaint-cards.js";
import { teamsComplaintChat } from "../teams/complaints/teams-complaint-chat.js";

/**
 * The jobs every tick runs besides the reminders: complaint timers (redrawing changed cards on each
 * platform this process serves: Slack's when it has a Slack client, Teams' when it has a Teams port), the
 * monthly report and return summaries.
 */
export function stewardJobs(db: Database, client: WebClient | null, settings: TeamSettings, teamsPort?: DeliveryPort): Job[] {
  const redrawTeams = teamsPort ? (ids: readonly number[], now: Date) => redrawComplaintCards({ db, settings }, teamsComplaintChat(teamsPort), ids, now) : null;
  return [
    complaintEscalationJob({
      onCasesChanged: async (ids, now) => {
        if (client) await refreshComplaintCards(db, client, settings, ids, now);
        await redrawTeams?.(ids, now);
      },
    }),
    complaintReportJob(),
    returnSummaryJob(),
  ];
}
