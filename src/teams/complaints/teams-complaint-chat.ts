import type { ComplaintChat, PostedMessage } from "../../app/complaints/complaint-chat.js";
import type { DeliveryPort } from "../../domain/deliveries/delivery-port.js";
import type { Message } from "../../domain/messages/message.js";

/** A reply thread in a Teams channel is addressed as the channel's conversation id with this suffix. */
const THREAD = ";messageid=";

/**
 * The complaint use cases' chat on Teams, through the Teams delivery port (stored conversation
 * references, the app's bot token). The temporary team of an urgent case is the fallback issue 13
 * allows without Graph's group-chat permission: a thread in the lead department's channel that names
 * the team; its id is `<channel>;messageid=<root>`, so later posts to it become replies in that thread.
 * Teams has no archiving of such a thread: closing and reopening leave it as it is.
 */
export function teamsComplaintChat(port: DeliveryPort): ComplaintChat {
  const send = async (to: string, message: Message, thread?: string): Promise<PostedMessage> => {
    const [conversation = to, root] = to.split(THREAD);
    const posted = await port.post({ to: conversation, content: { kind: "message", message }, keys: [], ...((thread ?? root) ? { thread: thread ?? root } : {}) });
    return { channel: posted.conversation, ts: posted.id };
  };
  return {
    platform: "teams",
    post: (channel, message, threadTs) => send(channel, message, threadTs),
    async update(at, message) {
      await port.update({ conversation: at.channel, id: at.ts }, { to: at.channel, content: { kind: "message", message }, keys: [] });
    },
    async openTeam(record, _members, suffix) {
      const channel = record.lead?.channels.teams;
      if (!channel) return null;
      const title = `Urgent team for complaint #${record.case.id} · ${record.customer.key}${suffix ? ` (${suffix})` : ""}`;
      const root = await send(channel, { text: title, parts: [{ kind: "heading", text: title }] });
      return `${root.channel}${THREAD}${root.ts}`;
    },
    archiveTeam: async () => undefined,
    // Never archived, so always "back": the reopen note goes to the same thread.
    unarchiveTeam: async () => true,
    // A message logged from Teams carries its whole text in the dialog already.
    fetchOrigin: async () => null,
  };
}
