import type { KnownBlock } from "@slack/types";
import { COMPLAINT_ACTIONS } from "../../../domain/complaints/complaint-action-ids.js";

export interface PageContent {
  complaintId: number;
  /** e.g. "Complaint #12 · ACME (urgent, technical)" */
  title: string;
  /** Pages of this tier-3 round so far, the escalation included. */
  count: number;
  /** The latest page's time in the reader's zone, e.g. "14:30". */
  last: string;
  /** The cap was reached: Steward stops paging and told the department head and admins. */
  final: boolean;
  cardChannel: string | null;
  offerAcknowledge: boolean;
}

/**
 * The one page message of a tier-3 round, per executive and in the case thread: posted at the first
 * repeat, then rewritten at every later one ("Paged 3 times, last 14:30").
 */
export function complaintPageBlocks(page: PageContent): KnownBlock[] {
  const status = page.final
    ? `Paged ${page.count} times, last ${page.last} — nobody acknowledged, so Steward stopped paging and told the department head and the admins.`
    : `Paged ${page.count} times, last ${page.last}. Acknowledge to stop the pages.`;
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text: `*${page.title}*\n:rotating_light: Tier 3 has not acknowledged. ${status}` } }];
  if (page.cardChannel) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Case card and conversation: <#${page.cardChannel}> · \`/complaint show ${page.complaintId}\`` }] });
  }
  if (page.offerAcknowledge) {
    blocks.push({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: "Acknowledge" }, style: "primary", action_id: COMPLAINT_ACTIONS.acknowledge, value: String(page.complaintId) }],
    });
  }
  return blocks;
}
