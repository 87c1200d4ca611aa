import { addDays } from "./add-days.js";
import type { CalendarSettings } from "./calendar-settings.js";
import { wallClock } from "./wall-clock.js";
import { workingWindow } from "./working-window.js";

/**
 * Milliseconds of business time from `from` to `to` (the team calendar's working hours on its working
 * days, in its zone): Friday 17:00 → Monday 10:00 with 09:00–18:00 is 2 h. Negative when `to` is earlier.
 * Inverse of `addBusinessTime`.
 */
export function businessTimeBetween(from: Date, to: Date, calendar: CalendarSettings): number {
  if (to < from) return -businessTimeBetween(to, from, calendar);
  let total = 0;
  const last = wallClock(to, calendar.timeZone).date;
  for (let date = wallClock(from, calendar.timeZone).date; date <= last; date = addDays(date, 1)) {
    const window = workingWindow(date, calendar);
    if (!window) continue;
    const start = Math.max(window.start.getTime(), from.getTime());
    const end = Math.min(window.end.getTime(), to.getTime());
    if (end > start) total += end - start;
  }
  return total;
}
