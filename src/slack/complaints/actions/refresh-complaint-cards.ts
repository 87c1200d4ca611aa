import type { WebClient } from "@slack/web-api";
import { redrawComplaintCards } from "../../../app/complaints/redraw-complaint-cards.js";
import type { TeamSettings } from "../../../config/team-settings.js";
import type { Database } from "../../../db/database.js";
import { slackComplaintChat } from "../slack-complaint-chat.js";

/** The timers' redraw of changed cards on Slack (the job's `onCasesChanged`). */
export function refreshComplaintCards(db: Database, client: WebClient, settings: TeamSettings, ids: readonly number[], now: Date): Promise<void> {
  return redrawComplaintCards({ db, settings }, slackComplaintChat(client, settings.complaints.urgentTeamChannelPrefix), ids, now);
}
