import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { type SnoozeResult, snoozeReminderItem } from "../../db/reminders/snooze-reminder-item.js";
import { nextWorkingMoment } from "../../domain/calendar/next-working-moment.js";
import { mayActOnReminder } from "../../domain/reminders/may-act-on-reminder.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { PlatformUser } from "../../domain/roster/platform-identity.js";
import { identifyReminderPresser, type ReminderPresser } from "./identify-reminder-presser.js";

const DAY_MS = 86_400_000;

/**
 * Snooze `days` (one of the team's snooze choices; anything else is ignored and null returned), pressed
 * by `presser` on their platform: the item comes back at the next working moment that many days on, in
 * the presser's zone, exactly once; attributed to the roster person (actorOf).
 */
export async function snoozeReminder(
  db: Database,
  settings: TeamSettings,
  press: { presser: PlatformUser; itemKey: string; days: number },
  now: Date,
): Promise<{ result: SnoozeResult; presser: ReminderPresser } | null> {
  if (!settings.reminders.snoozeDays.includes(press.days)) return null;
  const presser = await identifyReminderPresser(db, settings, press.presser.platform, press.presser.id);
  const { person } = presser;
  const actor = person ? actorOf(person) : `${press.presser.platform}:${press.presser.id}`;
  const until = nextWorkingMoment(new Date(now.getTime() + press.days * DAY_MS), presser.zone, settings.calendar);
  const result = await snoozeReminderItem(db, press.itemKey, actor, until, now, (recipient) => mayActOnReminder(person, recipient));
  return { result, presser };
}
