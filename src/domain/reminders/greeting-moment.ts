import type { LocalDate } from "../calendar/local-date.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import { digestMoment } from "./digest-moment.js";
import { formatDay } from "../calendar/format-day.js";
import type { RuleEnv } from "./rule-env.js";

/**
 * When to remind of a greeting (a birthday, an anniversary) falling on `date`: the digest of that
 * working day — or of the working day before (or after) it — in the owner's zone, with the wording
 * "today" or "on Sat 28 Nov". Null when that moment is outside this tick's window.
 */
export function greetingMoment(date: LocalDate, timeZone: string, env: RuleEnv): { sendAt: Date; when: string } | null {
  const direction = env.reminders.birthdays.onNonWorkingDay === "working-day-before" ? "earlier" : "later";
  const remindOn = nearestWorkingDay(date, direction, env.calendar);
  const sendAt = digestMoment(remindOn, timeZone, env.calendar, env.reminders.digestTime);
  if (!env.inWindow(sendAt)) return null;
  return { sendAt, when: remindOn === date ? "today" : `on ${formatDay(date)}` };
}
