import { addDays } from "../../calendar/add-days.js";
import type { CalendarSettings } from "../../calendar/calendar-settings.js";
import { zonedTimeToUtc } from "../../calendar/zoned-time-to-utc.js";
import { nextDigestMoment } from "../../reminders/next-digest-moment.js";
import type { Absence } from "./absence.js";

/**
 * When someone is back: the morning-digest time (09:00 by default) of the first working day after the
 * absence's last day, in their zone. Held reminders and the return summary arrive then. An absence
 * that runs straight into another of the same person moves the return to the end of that one.
 */
export function returnMoment(absence: Absence, absences: readonly Absence[], zone: string, calendar: CalendarSettings, digestTime: string): Date {
  let last = absence.to;
  // Bounded: each step moves to a later absence of the same person.
  for (let guard = 0; guard < absences.length; guard += 1) {
    const next = absences.find((other) => other.personId === absence.personId && other.from > absence.from && other.from <= addDays(last, 1) && other.to > last);
    if (!next) break;
    last = next.to;
  }
  return nextDigestMoment(zonedTimeToUtc(addDays(last, 1), 0, zone), zone, calendar, digestTime);
}
