import { addDays } from "../calendar/add-days.js";
import type { CalendarSettings } from "../calendar/calendar-settings.js";
import { digestMoment } from "./digest-moment.js";
import { localToday } from "./local-today.js";

/**
 * The first morning-digest moment at or after `instant` in `zone`: today's digest if it is still to
 * come, else the next working day's. Reminders found at any hour wait for it instead of arriving alone
 * at 22:30.
 */
export function nextDigestMoment(instant: Date, zone: string, calendar: CalendarSettings, digestTime: string): Date {
  let date = localToday(instant, zone);
  // Bounded like nearestWorkingDay: a working day comes within a week plus the holidays.
  for (let guard = 0; guard < 400; guard += 1) {
    const moment = digestMoment(date, zone, calendar, digestTime);
    if (moment.getTime() >= instant.getTime()) return moment;
    date = addDays(date, 1);
  }
  throw new Error(`no working day within 400 days of ${instant.toISOString()} in ${zone}: check calendar.workingDays and holidays`);
}
