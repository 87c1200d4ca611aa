import type { KnownBlock } from "@slack/types";
import { COMPLAINT_ACTIONS } from "../../../domain/complaints/complaint-action-ids.js";
import type { PingContent } from "./complaint-ping-blocks.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

/**
 * Several pings for one person from one scheduler batch, as one DM: a line per case, each with its own
 * Acknowledge button — so a mass breach reaches everyone at once instead of a message a second.
 */
export function complaintPingGroupBlocks(headline: string, pings: readonly PingContent[]): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text: `*${headline}*` } }];
  for (const ping of pings) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: `*${escapeMrkdwn(ping.title)}*\n${ping.message}${ping.cardChannel ? ` · <#${ping.cardChannel}>` : ""}`.slice(0, 2_900) },
      ...(ping.offerAcknowledge
        ? { accessory: { type: "button", text: { type: "plain_text", text: "Acknowledge" }, action_id: COMPLAINT_ACTIONS.acknowledge, value: String(ping.complaintId) } }
        : {}),
    });
  }
  return blocks;
}
