import type { Message } from "../messages/message.js";
import type { Platform } from "../roster/platform-identity.js";

/** What one message says, as the drain hands it to a platform's port. */
export type DeliveryContent =
  | { kind: "message"; message: Message }
  /**
   * A row the ledger stored before it held neutral messages (Slack's text and Block Kit), sent as it
   * was stored; `lead` (a digest's header) is rendered before its blocks. Only Slack has such rows.
   */
  | { kind: "stored"; text: string; blocks?: readonly unknown[]; lead?: Message };

export interface OutgoingDelivery {
  /** The recipient on the port's platform, without its `slack:` prefix: a person (a direct message) or a channel. */
  to: string;
  content: DeliveryContent;
  /** The message (its platform id) this one answers in a thread. */
  thread?: string;
  /** The ledger keys this message delivers; the port stores them with it, so `findPosted` recognises it after a crash. */
  keys: string[];
}

/** Where a posted message lives on its platform (Slack: channel and ts). */
export interface PostedMessage {
  conversation: string;
  id: string;
}

/** How the drain reacts to a failed call. */
export type DeliveryFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  /** A 5xx, a timeout, a dropped connection: worth retrying; the platform may or may not have the message. */
  | { kind: "transient"; message: string }
  /** The platform refused the message (unknown channel, invalid content…): retrying soon will not help. */
  | { kind: "refused"; message: string };

/**
 * What the delivery drain needs of one chat platform. The scheduler drains through it; each adapter implements it (src/slack/delivery)
 * and renders the neutral message there, so the scheduler never knows a platform's format or ids.
 */
export interface DeliveryPort {
  /** The platform's name in what the ledger records ("rate limited by Slack"). */
  readonly name: string;
  /** The names its rate limits are kept under (shared by replicas through the database): posting, and looking up what was posted. */
  readonly limits: { post: string; findPosted: string };
  post(delivery: OutgoingDelivery): Promise<PostedMessage>;
  /** Rewrites a message posted earlier: the same content again leaves it as it is. */
  update(posted: PostedMessage, delivery: OutgoingDelivery): Promise<PostedMessage>;
  /** Of `keys`, those already posted to `to` (its recent history), with their message. */
  findPosted(to: string, keys: readonly string[]): Promise<Map<string, PostedMessage>>;
  /** The time zone of a person's profile on the platform, if it knows it. */
  userTimeZone(userId: string): Promise<string | null>;
  classifyFailure(error: unknown): DeliveryFailure;
}

/** The ports the drain may send through, by platform: a row goes to the port of its recipient's platform. */
export type DeliveryPorts = Partial<Record<Platform, DeliveryPort>>;
