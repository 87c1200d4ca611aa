import { addDays } from "./add-days.js";
import type { CalendarSettings } from "./calendar-settings.js";
import { wallClock } from "./wall-clock.js";
import { workingWindow } from "./working-window.js";

/** Ten years of days: a calendar is refused long before (at least one working weekday), this only stops a bug looping. */
const MAX_DAYS = 3_660;

/**
 * The moment at which `durationMs` of business time has passed since `start`: only the team calendar's
 * working hours on its working days (holidays excluded) count, in its time zone. A start outside working
 * hours counts from the next working moment; a duration that fills a working day exactly ends at that
 * day's `workdayEnd` (Friday 18:00), not at the next day's start. With 09:00–18:00: Friday 17:00 + 9 h =
 * Monday 17:00. Inverse of `businessTimeBetween`.
 */
export function addBusinessTime(start: Date, durationMs: number, calendar: CalendarSettings): Date {
  let remaining = Math.max(0, durationMs);
  let cursor = start;
  let date = wallClock(start, calendar.timeZone).date;
  for (let day = 0; day < MAX_DAYS; day++, date = addDays(date, 1)) {
    const window = workingWindow(date, calendar);
    if (!window || cursor >= window.end) continue;
    if (cursor < window.start) cursor = window.start;
    const available = window.end.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = window.end;
  }
  throw new RangeError(`no working hours within ${MAX_DAYS} days of ${start.toISOString()}: check the team calendar`);
}
