import type { Message, PersonMention } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { joinInline } from "./join-inline.js";

/**
 * The message that starts an urgent case's temporary team where it is a thread, not a conversation of
 * its own: it calls the members in — a ping for each one the platform knows, the name of the others.
 */
export function urgentTeamCallMessage(record: ComplaintRecord, members: readonly PersonMention[], suffix?: string): Message {
  const title = `Urgent team for complaint #${record.case.id} · ${record.customer.key}${suffix ? ` (${suffix})` : ""}`;
  return {
    text: title,
    parts: [
      { kind: "heading", text: title },
      { kind: "text", text: members.length ? ["Team: ", ...joinInline(members.map(mentionPerson), ", "), ". Replies in this thread go on the case's record."] : "Replies in this thread go on the case's record." },
    ],
  };
}
