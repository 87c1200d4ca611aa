import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { type SnoozeResult, snoozeReminderItem } from "../../db/reminders/snooze-reminder-item.js";
import { nextWorkingMoment } from "../../domain/calendar/next-working-moment.js";
import { mayActOnReminder } from "../../domain/reminders/may-act-on-reminder.js";
import { identifyReminderPresser, type ReminderPresser } from "./identify-reminder-presser.js";

const DAY_MS = 86_400_000;

/**
 * Snooze `days` (one of the team's snooze choices; anything else is ignored and null returned): the item
 * comes back at the next working moment that many days on, in the presser's zone, exactly once.
 */
export async function snoozeReminder(
  db: Database,
  settings: TeamSettings,
  press: { slackUserId: string; itemKey: string; days: number },
  now: Date,
): Promise<{ result: SnoozeResult; presser: ReminderPresser } | null> {
  if (!settings.reminders.snoozeDays.includes(press.days)) return null;
  const presser = await identifyReminderPresser(db, settings, "slack", press.slackUserId);
  const until = nextWorkingMoment(new Date(now.getTime() + press.days * DAY_MS), presser.zone, settings.calendar);
  const result = await snoozeReminderItem(db, press.itemKey, press.slackUserId, until, now, (recipient) => mayActOnReminder(presser.person, recipient));
  return { result, presser };
}
