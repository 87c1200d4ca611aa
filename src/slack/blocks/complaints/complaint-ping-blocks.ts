import type { KnownBlock } from "@slack/types";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { COMPLAINT_ACTIONS } from "../../../domain/complaints/complaint-action-ids.js";

export interface PingContent {
  complaintId: number;
  /** Plain text (escaped here), e.g. "Complaint #12 · ACME (urgent, technical)" */
  title: string;
  /** What happened and why, in one sentence: mrkdwn, with any user text in it already escaped. */
  message: string;
  /** Where the case's conversation is, e.g. the lead channel. */
  cardChannel: string | null;
  /** Offer Acknowledge right in the DM (escalations and pages wait on the recipient). */
  offerAcknowledge: boolean;
}

/** The ping's plain `text` fallback (notifications, screen readers): mrkdwn too, so the title is escaped. */
export function complaintPingText(ping: Pick<PingContent, "title" | "message">): string {
  return `${escapeMrkdwn(ping.title)}: ${ping.message}`;
}

/** A DM or thread message about a case: escalations, warnings, pages. */
export function complaintPingBlocks(ping: PingContent): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(ping.title)}*\n${ping.message}` } },
  ];
  if (ping.cardChannel) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Case card and conversation: <#${ping.cardChannel}> · \`/complaint show ${ping.complaintId}\`` }] });
  }
  if (ping.offerAcknowledge) {
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Acknowledge" },
          style: "primary",
          action_id: COMPLAINT_ACTIONS.acknowledge,
          value: String(ping.complaintId),
        },
      ],
    });
  }
  return blocks;
}
