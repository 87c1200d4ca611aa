import type { CalendarSettings } from "./calendar-settings.js";
import { isWorkingDay } from "./is-working-day.js";
import { nearestWorkingDay } from "./nearest-working-day.js";
import { addDays } from "./add-days.js";
import { parseTimeOfDay } from "./parse-time-of-day.js";
import { wallClock } from "./wall-clock.js";
import { zonedTimeToUtc } from "./zoned-time-to-utc.js";

/**
 * The first moment at or after `instant` that lies within working hours in `zone`: `instant` itself
 * during working hours, else the start of the next working day (a Friday 20:00 → Monday 09:00).
 */
export function nextWorkingMoment(instant: Date, zone: string, calendar: CalendarSettings): Date {
  const start = parseTimeOfDay(calendar.workdayStart);
  const end = parseTimeOfDay(calendar.workdayEnd);
  const here = wallClock(instant, zone);
  if (isWorkingDay(here.date, calendar)) {
    if (here.minuteOfDay < start) return zonedTimeToUtc(here.date, start, zone);
    if (here.minuteOfDay < end) return instant;
  }
  return zonedTimeToUtc(nearestWorkingDay(addDays(here.date, 1), "later", calendar), start, zone);
}
