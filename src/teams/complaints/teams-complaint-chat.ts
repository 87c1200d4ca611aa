import type { ComplaintChat, PostedMessage } from "../../app/complaints/complaint-chat.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { urgentTeamCallMessage } from "../../domain/complaints/urgent-team-call-message.js";
import type { DeliveryPort } from "../../domain/deliveries/delivery-port.js";
import type { Message } from "../../domain/messages/message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { TEAMS_THREAD } from "../teams-thread.js";

/** Opens a group chat for a temporary team; null when the team must be a thread (see open-group-chat.ts). */
export type OpenGroupChat = (record: ComplaintRecord, members: readonly RosterPerson[], suffix?: string) => Promise<string | null>;

/**
 * The complaint use cases' chat on Teams, through the Teams delivery port (stored conversation
 * references, the app's bot token). The temporary team of an urgent case is a group chat created
 * through Microsoft Graph where the tenant granted it (`groupChat`, TEAMS_GROUP_CHATS), else the
 * fallback issue 13 allows: a thread in the lead department's channel whose first message @mentions
 * each member with a Teams identity (and names the others); its id is `<channel>;messageid=<root>`, so
 * later posts to it become replies in that thread. Teams lets a bot archive neither a thread nor a
 * chat: closing and reopening leave the team as it is.
 */
export function teamsComplaintChat(port: DeliveryPort, groupChat?: OpenGroupChat): ComplaintChat {
  const send = async (to: string, message: Message, thread?: string): Promise<PostedMessage> => {
    const [conversation = to, root] = to.split(TEAMS_THREAD);
    const posted = await port.post({ to: conversation, content: { kind: "message", message }, keys: [], ...((thread ?? root) ? { thread: thread ?? root } : {}) });
    return { channel: posted.conversation, ts: posted.id };
  };
  return {
    platform: "teams",
    post: (channel, message, threadTs) => send(channel, message, threadTs),
    async update(at, message) {
      await port.update({ conversation: at.channel, id: at.ts }, { to: at.channel, content: { kind: "message", message }, keys: [] });
    },
    async openTeam(record, members, suffix) {
      const chat = groupChat ? await groupChat(record, members, suffix) : null;
      if (chat) return chat;
      const channel = record.lead?.channels.teams;
      if (!channel) return null;
      const root = await send(channel, urgentTeamCallMessage(record, members, suffix));
      return `${root.channel}${TEAMS_THREAD}${root.ts}`;
    },
    archiveTeam: async () => undefined,
    // Never archived, so always "back": the reopen note goes to the same thread or chat.
    unarchiveTeam: async () => true,
    // A message logged from Teams carries its whole text in the dialog already.
    fetchOrigin: async () => null,
  };
}
