import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { type CompleteResult, completeReminderItem } from "../../db/reminders/complete-reminder-item.js";
import { mayActOnReminder } from "../../domain/reminders/may-act-on-reminder.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { PlatformUser } from "../../domain/roster/platform-identity.js";
import { identifyReminderPresser, type ReminderPresser } from "./identify-reminder-presser.js";

/**
 * Done on a reminder item, pressed by `presser` on their platform: only its recipient (or an admin)
 * may; recorded once and attributed to the roster person (actorOf), with the item's effect (an
 * interaction logged, an action completed).
 */
export async function completeReminder(
  db: Database,
  settings: TeamSettings,
  press: { presser: PlatformUser; itemKey: string },
  now: Date,
): Promise<{ result: CompleteResult; presser: ReminderPresser }> {
  const presser = await identifyReminderPresser(db, settings, press.presser.platform, press.presser.id);
  const { person } = presser;
  const actor = person ? actorOf(person) : `${press.presser.platform}:${press.presser.id}`;
  const result = await completeReminderItem(db, press.itemKey, actor, person?.id ?? null, now, (recipient) => mayActOnReminder(person, recipient));
  return { result, presser };
}
