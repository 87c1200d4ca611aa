import type { WebClient } from "@slack/web-api";
import type { ComplaintRecord } from "../../../db/complaints/complaint-record.js";
import { setTeamChannel } from "../../../db/complaints/set-team-channel.js";
import type { AppDeps } from "../../app-deps.js";
import { openUrgentTeam } from "./open-urgent-team.js";
import { urgentTeamMembers } from "./urgent-team-members.js";

/**
 * A reopened case gets its temporary team back: the channel archived at closing is unarchived, or —
 * where Slack refuses (the bot may not unarchive, the channel is gone) — a new one is opened and
 * recorded. The team is told why. `record` is the case as it was before the reopen.
 */
export async function reopenUrgentTeam(deps: AppDeps, client: WebClient, record: ComplaintRecord, reopenedBy: string, note: string): Promise<void> {
  if (!record.teamChannel) return;
  let channel = record.teamChannel;
  if (record.case.status === "closed") {
    const unarchived = await client.conversations.unarchive({ channel }).then(
      () => true,
      (error: { data?: { error?: string } }) => error.data?.error === "not_archived",
    );
    if (!unarchived) {
      const members = await urgentTeamMembers(deps, record);
      const team = await openUrgentTeam(client, record, deps.settings.complaints.urgentTeamChannelPrefix, members, `r${record.case.version}`);
      if (!team) {
        deps.logger.warn(`complaint ${record.case.id} reopened: temporary team ${channel} could not be unarchived nor a new one opened`);
        return;
      }
      channel = team.channel;
      await setTeamChannel(deps.db, reopenedBy, record.case.id, { platform: "slack", channel });
    }
  }
  await client.chat.postMessage({ channel, text: note });
}
