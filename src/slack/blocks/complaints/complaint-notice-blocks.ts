import type { KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../../domain/complaints/complaint-record.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { foldText } from "../../../domain/complaints/fold-text.js";

/** What a notice shows of the description: the card in the lead channel has more. */
const NOTICE_DESCRIPTION_CHARS = 300;

/** The linked notice in a cooperating department's channel; its thread is archived like the card's. */
export function complaintNoticeBlocks(record: ComplaintRecord, department: string, now: Date): KnownBlock[] {
  const c = record.case;
  const where = record.cardChannel ? `<#${record.cardChannel}>` : "the lead department";
  return [
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text:
          `*Complaint #${c.id} · ${escapeMrkdwn(record.customer.key)}* (${c.class}, ${escapeMrkdwn(c.category)}) — *${escapeMrkdwn(department)}* cooperates; ` +
          `${record.lead ? escapeMrkdwn(record.lead.name) : "no department"} leads it in ${where}.\n${escapeMrkdwn(foldText(record.description, NOTICE_DESCRIPTION_CHARS).shown)}`,
      },
    },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `Status: *${c.status}* · tier ${c.tier} · updated <!date^${Math.floor(now.getTime() / 1000)}^{date_short_pretty} {time}|${now.toISOString().slice(0, 16).replace("T", " ")} UTC> · replies in this thread are archived to the case`,
        },
      ],
    },
  ];
}
