import type { Inline } from "../messages/message.js";
import type { LocalDate } from "../calendar/local-date.js";
import type { ReminderRule } from "./reminder-settings.js";

/** What pressing Done on an item does, besides recording it as done. */
export type DoneEffect =
  | { kind: "log-interaction"; interactionKind: string; summary: string }
  | { kind: "complete-action"; actionId: number }
  | { kind: "acknowledge" };

/** One reminder occurrence for one recipient, identified by its natural key `rule:subject:occurrence`. */
export interface DueItem {
  key: string;
  rule: ReminderRule;
  /** A ledger address: the person's (addressOf: a direct message) or, for rules routed to a channel, the channel's (`reminders.channels`). */
  recipient: string;
  /** The person the item is about doing (owner, author, action owner). */
  personId: number;
  timeZone: string;
  customer: { id: number; key: string; name: string } | null;
  /** The occurrence date in the key (a birthday, a due date, the first working day of a month). */
  occurrence: LocalDate;
  /** When it is to be sent: within working hours in the recipient's zone. */
  sendAt: Date;
  /** Lower is more urgent; orders a digest. */
  urgency: number;
  /** One line (neutral inline text: the renderer escapes the roster's names in it). */
  text: Inline;
  /** More lines: a suggested greeting, the list of stale customers. */
  detail: Inline | null;
  done: DoneEffect;
}
