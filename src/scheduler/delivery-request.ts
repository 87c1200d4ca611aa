import type { Message } from "../domain/messages/message.js";
import type { DoneEffect } from "../domain/reminders/due-item.js";

/**
 * One side effect to perform exactly once: a Slack message identified by its natural key
 * (`rule:subject:occurrence`, e.g. `birthday:contact-17:2026-11-24` or `complaint-warning:complaint-4:tier-2`).
 */
export interface DeliveryRequest {
  key: string;
  rule: string;
  customerId?: number;
  /** A Slack user id (sent as a DM) or a channel id. */
  recipient: string;
  /** Not sent before this moment. */
  dueAt: Date;
  /** Sent after the time it was meant for (catch-up after downtime): shown as late. */
  late?: boolean;
  payload: DeliveryPayload;
}

export interface DeliveryPayload {
  /**
   * The neutral message, rendered for the recipient's platform when it is sent. Transitional (issue 12):
   * producers move from `text`/`blocks` to this one by one; when all have, `text` and `blocks` go.
   */
  message?: Message;
  text: string;
  blocks?: unknown[];
  threadTs?: string;
  /**
   * The key of an earlier delivery whose message this one rewrites (`chat.update`) instead of posting
   * a new one — a repeated page updates its first message. Sent only once that message is; rewriting it
   * twice with the same content is harmless, so a retry or a second replica changes nothing.
   */
  updateOf?: string;
  /**
   * Reminder items carry this: due items of one recipient are then sent together as one digest
   * message, most urgent (lowest `urgency`) first, instead of a message each.
   */
  digest?: { itemKey: string; urgency: number; customerId?: number; done?: DoneEffect };
}
