import type { CalendarSettings } from "./calendar-settings.js";
import { isWorkingDay } from "./is-working-day.js";
import type { LocalDate } from "./local-date.js";
import { parseTimeOfDay } from "./parse-time-of-day.js";
import { zonedTimeToUtc } from "./zoned-time-to-utc.js";

/**
 * The working hours of one local date in the team's zone as instants (`workdayStart`–`workdayEnd`), or
 * null on a weekend or holiday. Computed from wall-clock times, so a DST day keeps its full working hours.
 */
export function workingWindow(date: LocalDate, calendar: CalendarSettings): { start: Date; end: Date } | null {
  if (!isWorkingDay(date, calendar)) return null;
  return {
    start: zonedTimeToUtc(date, parseTimeOfDay(calendar.workdayStart), calendar.timeZone),
    end: zonedTimeToUtc(date, parseTimeOfDay(calendar.workdayEnd), calendar.timeZone),
  };
}
