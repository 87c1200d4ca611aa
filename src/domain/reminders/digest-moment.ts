import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { LocalDate } from "../calendar/local-date.js";
import { nextWorkingMoment } from "../calendar/next-working-moment.js";
import { parseTimeOfDay } from "../calendar/parse-time-of-day.js";
import { zonedTimeToUtc } from "../calendar/zoned-time-to-utc.js";

/** The morning-digest moment for an item dated `date` in `zone`: its digest time, or the next working moment after. */
export function digestMoment(date: LocalDate, zone: string, calendar: CalendarSettings, digestTime: string): Date {
  return nextWorkingMoment(zonedTimeToUtc(date, parseTimeOfDay(digestTime), zone), zone, calendar);
}
