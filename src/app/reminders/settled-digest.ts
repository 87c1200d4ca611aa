import type { Database } from "../../db/database.js";
import { loadPostedDigest, type PostedDigestItem } from "../../db/reminders/load-posted-digest.js";
import { formatTime } from "../../domain/calendar/format-time.js";
import type { Message, PersonMention } from "../../domain/messages/message.js";
import { digestMessage } from "../../domain/reminders/digest-message.js";
import { orderDigest } from "../../domain/reminders/order-digest.js";
import { settleReminderItem } from "../../domain/reminders/settle-reminder-item.js";
import type { Platform } from "../../domain/roster/platform-identity.js";

/**
 * A posted digest as it stands now, to redraw it in place after a press: its items in digest order,
 * each one dealt with showing who did what and when instead of its controls (done; snoozed after it
 * came due), the others as they were sent. `at` is the pressed message on its platform (null: the
 * press did not say, and the message the item was first sent in is redrawn); `zone` is the reader's,
 * for platforms that cannot show a moment in each reader's own zone. Null when the ledger knows no
 * such digest. A multi-part digest's header counts the items of its own part.
 */
export async function settledDigest(db: Database, input: { at: { platform: Platform; conversation: string; id: string } | null; itemKey: string; zone: string }): Promise<Message | null> {
  let items = input.at ? await loadPostedDigest(db, input.at, input.itemKey) : [];
  if (!items.length) items = await loadPostedDigest(db, null, input.itemKey);
  if (!items.length) return null;
  const [ordered = []] = orderDigest(items.map((item) => ({ ...item, key: item.itemKey })), items.length);
  return digestMessage(ordered.map((item) => ({ message: settle(item, input.zone), late: item.late })), { index: 1, of: 1 });
}

function settle(item: PostedDigestItem, zone: string): Message {
  const by = (who: PostedDigestItem["doneBy"]): PersonMention | string => (who?.person ? { name: who.person.name, ids: who.person.ids } : (who?.actor ?? "someone"));
  if (item.doneAt) return settleReminderItem(item.message, item.itemKey, { kind: "done", by: by(item.doneBy), at: item.doneAt, fallbackAt: formatTime(item.doneAt, zone, "moment") });
  // Snoozed after this copy came due; a copy re-sent when the snooze ended is live again.
  if (item.snoozedUntil && item.snoozedUntil > item.dueAt) {
    return settleReminderItem(item.message, item.itemKey, { kind: "snoozed", by: by(item.snoozedBy), until: item.snoozedUntil, fallbackUntil: formatTime(item.snoozedUntil, zone, "moment") });
  }
  return item.message;
}
