import type { Message, Part } from "../messages/message.js";
import { acknowledgeButton } from "./acknowledge-button.js";
import type { PingContent } from "./complaint-ping-message.js";

/**
 * Several pings for one person from one scheduler batch, as one DM: a line per case, each with its own
 * Acknowledge button — so a mass breach reaches everyone at once instead of a message a second.
 */
export function complaintPingGroupMessage(headline: string, pings: readonly PingContent[]): Message {
  const parts: Part[] = [{ kind: "text", text: { kind: "strong", content: headline } }];
  for (const ping of pings) {
    parts.push({
      kind: "text",
      text: [{ kind: "strong", content: ping.title }, "\n", ping.message, ping.cardChannel ? [" · ", { kind: "channel", channel: ping.cardChannel }] : ""],
      ...(ping.offerAcknowledge ? { accessory: acknowledgeButton(ping.complaintId) } : {}),
    });
  }
  return { text: [headline, ": ", pings.map((ping) => `#${ping.complaintId}`).join(", ")], parts };
}
