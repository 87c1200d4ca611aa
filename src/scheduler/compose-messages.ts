import type { ClaimedDelivery } from "../db/deliveries/claimed-delivery.js";
import type { DeliveryPayload, StoredSlackPayload } from "../domain/deliveries/delivery-request.js";
import type { Platform } from "../domain/roster/platform-identity.js";
import { digestHeader, digestMessage } from "../domain/reminders/digest-message.js";
import { orderDigest } from "../domain/reminders/order-digest.js";
import type { OutgoingDelivery } from "../domain/deliveries/delivery-port.js";
import { recipientAddress } from "./recipient-address.js";

/** One message to send, the platform whose port sends it, and the ledger rows it delivers. */
export interface ComposedMessage {
  rows: ClaimedDelivery[];
  platform: Platform;
  delivery: OutgoingDelivery;
  /** Rewrite the message another delivery posted (its ledger key) instead of posting. */
  updateOf?: string;
}

type Neutral = ClaimedDelivery & { payload: DeliveryPayload };
type Stored = ClaimedDelivery & { payload: StoredSlackPayload };
const isNeutral = (row: ClaimedDelivery): row is Neutral => row.payload.message !== undefined;
const isStored = (row: ClaimedDelivery): row is Stored => row.payload.message === undefined;

/**
 * Turns one recipient's claimed rows into messages: reminder items (payload.digest) become digest
 * messages, most urgent first, at most `maxItems` each; anything else is sent as it is, in due order
 * (rewrites of earlier messages last). Rows stored before the ledger held neutral messages are sent
 * as stored; their digest items make digests of their own.
 */
export function composeMessages(rows: readonly ClaimedDelivery[], maxItems: number): ComposedMessage[] {
  if (!rows.length) return [];
  const { platform, id: to } = recipientAddress(rows[0]!.recipient);
  const messages: ComposedMessage[] = [];
  const digestRows = rows.filter((row) => row.payload.digest);
  const digestParts = <T extends ClaimedDelivery>(items: T[]) =>
    orderDigest(
      items.map((row) => ({ row, key: row.key, urgency: row.payload.digest!.urgency, dueAt: row.dueAt, late: row.late })),
      maxItems,
    );

  const neutralParts = digestParts(digestRows.filter(isNeutral));
  neutralParts.forEach((part, index) => {
    const message = digestMessage(
      part.map((entry) => ({ message: entry.row.payload.message, late: entry.late })),
      { index: index + 1, of: neutralParts.length },
    );
    messages.push({ rows: part.map((entry) => entry.row), platform, delivery: { to, content: { kind: "message", message }, keys: part.map((entry) => entry.key) } });
  });

  const storedParts = digestParts(digestRows.filter(isStored));
  storedParts.forEach((part, index) => {
    const header = digestHeader(part.length, part.filter((entry) => entry.late).length, { index: index + 1, of: storedParts.length });
    messages.push({
      rows: part.map((entry) => entry.row),
      platform,
      delivery: {
        to,
        content: {
          kind: "stored",
          text: [header.title, ...part.map((entry) => `• ${entry.row.payload.text}`)].join("\n"),
          lead: { text: header.title, parts: [header.part] },
          blocks: part.flatMap((entry) => entry.row.payload.blocks ?? []),
        },
        keys: part.map((entry) => entry.key),
      },
    });
  });

  // Rewrites after posts: an update claimed together with the message it rewrites finds that one sent.
  const order = (row: ClaimedDelivery) => (row.payload.updateOf ? 1 : 0);
  for (const row of rows.filter((r) => !r.payload.digest).sort((a, b) => order(a) - order(b) || a.dueAt.getTime() - b.dueAt.getTime())) {
    const { payload } = row;
    messages.push({
      rows: [row],
      platform,
      delivery: {
        to,
        content: payload.message ? { kind: "message", message: payload.message } : { kind: "stored", text: payload.text, blocks: payload.blocks },
        ...(payload.threadTs ? { thread: payload.threadTs } : {}),
        keys: [row.key],
      },
      ...(payload.updateOf ? { updateOf: payload.updateOf } : {}),
    });
  }
  return messages;
}
