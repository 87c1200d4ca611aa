import type { Message } from "../messages/message.js";
import { cardChannelOf } from "./card-channel-of.js";
import { complaintCardText } from "./complaint-card-message.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { foldText } from "./fold-text.js";

/** What a notice shows of the description: the card in the lead channel has more. */
const NOTICE_DESCRIPTION_CHARS = 300;

/** The linked notice in a cooperating department's channel; its thread is archived like the card's. */
export function complaintNoticeMessage(record: ComplaintRecord, department: string, now: Date): Message {
  const c = record.case;
  return {
    text: complaintCardText(record, true),
    parts: [
      {
        kind: "text",
        text: [
          { kind: "strong", content: `Complaint #${c.id} · ${record.customer.key}` },
          ` (${c.class}, ${c.category}) — `,
          { kind: "strong", content: department },
          ` cooperates; ${record.lead ? record.lead.name : "no department"} leads it in `,
          record.cardChannel ? { kind: "channel", channel: cardChannelOf(record)! } : "the lead department",
          `.\n${foldText(record.description, NOTICE_DESCRIPTION_CHARS).shown}`,
        ],
      },
      {
        kind: "note",
        text: [
          "Status: ",
          { kind: "strong", content: c.status },
          ` · tier ${c.tier} · updated `,
          { kind: "date", at: now.toISOString(), fallback: `${now.toISOString().slice(0, 16).replace("T", " ")} UTC` },
          " · replies in this thread are archived to the case",
        ],
      },
    ],
  };
}
