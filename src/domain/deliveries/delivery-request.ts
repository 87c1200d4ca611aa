import type { Message } from "../messages/message.js";
import type { DoneEffect } from "../reminders/due-item.js";

/**
 * One side effect to perform exactly once: a message identified by its natural key
 * (`rule:subject:occurrence`, e.g. `birthday:contact-17:2026-11-24` or `complaint-warning:complaint-4:tier-2`).
 * It lives in the domain so that producers (use cases, jobs) and the ledger's repositories share it
 * without src/db importing the scheduler.
 */
export interface DeliveryRequest {
  key: string;
  rule: string;
  customerId?: number;
  /**
   * Where it goes: a platform address (`slack:U123` — a direct message — or `slack:C123`, a channel).
   * A bare Slack id (`U123`, `C123`) is read as Slack's: rows stored before recipients were
   * platform-qualified, and producers not yet converted, write those.
   */
  recipient: string;
  /** Not sent before this moment. */
  dueAt: Date;
  /** Sent after the time it was meant for (catch-up after downtime): shown as late. */
  late?: boolean;
  payload: DeliveryPayload | StoredSlackPayload;
}

interface PayloadBase {
  /** The message (its platform id, Slack's `ts`) this one answers in a thread. */
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

/** What the ledger stores: the neutral message, rendered for the recipient's platform when it is sent. */
export interface DeliveryPayload extends PayloadBase {
  message: Message;
}

/**
 * A payload as the ledger stored it before it held neutral messages: Slack's text and Block Kit,
 * sent as they are. Rows already in a database have this shape, and so do the producers not yet
 * converted to `message` (issue 12's transition); nothing new should write it.
 */
export interface StoredSlackPayload extends PayloadBase {
  message?: undefined;
  text: string;
  blocks?: unknown[];
}
