import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { type CompleteResult, completeReminderItem } from "../../db/reminders/complete-reminder-item.js";
import { mayActOnReminder } from "../../domain/reminders/may-act-on-reminder.js";
import { identifyReminderPresser, type ReminderPresser } from "./identify-reminder-presser.js";

/**
 * Done on a reminder item, pressed by `slackUserId`: only its recipient (or an admin) may; recorded
 * once and attributed, with the item's effect (an interaction logged, an action completed).
 */
export async function completeReminder(
  db: Database,
  settings: TeamSettings,
  press: { slackUserId: string; itemKey: string },
  now: Date,
): Promise<{ result: CompleteResult; presser: ReminderPresser }> {
  const presser = await identifyReminderPresser(db, settings, "slack", press.slackUserId);
  const result = await completeReminderItem(db, press.itemKey, press.slackUserId, now, (recipient) => mayActOnReminder(presser.person, recipient));
  return { result, presser };
}
