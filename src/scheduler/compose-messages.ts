import type { ClaimedDelivery } from "../db/deliveries/claimed-delivery.js";
import { orderDigest } from "../domain/reminders/order-digest.js";
import { digestBlocks } from "../slack/blocks/reminders/digest-blocks.js";
import type { OutgoingMessage } from "./slack-delivery-port.js";
import { renderMessage } from "../slack/render/render-message.js";

/** One Slack message and the ledger rows it delivers. */
export interface ComposedMessage {
  rows: ClaimedDelivery[];
  message: OutgoingMessage;
}

/**
 * Turns one recipient's claimed rows into messages: reminder items (payload.digest) become digest
 * messages, most urgent first, at most `maxItems` each; anything else is sent as it is, in due order
 * (rewrites of earlier messages last).
 */
export function composeMessages(rows: readonly ClaimedDelivery[], maxItems: number): ComposedMessage[] {
  const messages: ComposedMessage[] = [];
  const digestRows = rows.filter((row) => row.payload.digest);
  if (digestRows.length) {
    const entries = digestRows.map((row) => ({ row, key: row.key, urgency: row.payload.digest!.urgency, dueAt: row.dueAt, late: row.late }));
    const parts = orderDigest(entries, maxItems);
    parts.forEach((part, index) => {
      const composed = digestBlocks(
        part.map((entry) => ({ text: entry.row.payload.text, blocks: entry.row.payload.blocks ?? [], late: entry.late })),
        { index: index + 1, of: parts.length },
      );
      messages.push({
        rows: part.map((entry) => entry.row),
        message: { channel: part[0]!.row.recipient, text: composed.text, blocks: composed.blocks, keys: part.map((entry) => entry.key) },
      });
    });
  }
  // Rewrites after posts: an update claimed together with the message it rewrites finds that one sent.
  const order = (row: ClaimedDelivery) => (row.payload.updateOf ? 1 : 0);
  for (const row of rows.filter((r) => !r.payload.digest).sort((a, b) => order(a) - order(b) || a.dueAt.getTime() - b.dueAt.getTime())) {
    // Transitional (issue 12): a neutral message is rendered here until the port renders per platform.
    const rendered = row.payload.message ? renderMessage(row.payload.message) : { text: row.payload.text, blocks: row.payload.blocks };
    messages.push({
      rows: [row],
      message: {
        channel: row.recipient,
        text: rendered.text,
        blocks: rendered.blocks,
        threadTs: row.payload.threadTs,
        keys: [row.key],
        ...(row.payload.updateOf ? { updateOf: row.payload.updateOf } : {}),
      },
    });
  }
  return messages;
}
