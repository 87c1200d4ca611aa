import { setTeamChannel } from "../../db/complaints/set-team-channel.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import type { Message } from "../../domain/messages/message.js";
import type { ComplaintChat } from "./complaint-chat.js";
import type { ComplaintDeps } from "./complaint-deps.js";
import { urgentTeamMembers } from "./urgent-team-members.js";

/**
 * A reopened case gets its temporary team back: the channel archived at closing is unarchived, or —
 * where the platform refuses (the bot may not unarchive, the channel is gone) — a new one is opened and
 * recorded. The team is told why. `record` is the case as it was before the reopen.
 */
export async function reopenUrgentTeam(deps: ComplaintDeps, chat: ComplaintChat, record: ComplaintRecord, reopenedBy: string, note: Message): Promise<void> {
  if (!record.teamChannel) return;
  let channel = record.teamChannel;
  if (record.case.status === "closed" && !(await chat.unarchiveTeam(channel))) {
    const members = await urgentTeamMembers(deps, record);
    const team = await chat.openTeam(record, members, `r${record.case.version}`);
    if (!team) {
      deps.logger.warn(`complaint ${record.case.id} reopened: temporary team ${channel} could not be unarchived nor a new one opened`);
      return;
    }
    channel = team;
    await setTeamChannel(deps.db, reopenedBy, record.case.id, { platform: chat.platform, channel });
  }
  await chat.post(channel, note);
}
