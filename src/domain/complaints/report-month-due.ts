import type { CalendarSettings } from "../calendar/calendar-settings.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import { parseTimeOfDay } from "../calendar/parse-time-of-day.js";
import { wallClock } from "../calendar/wall-clock.js";

/**
 * The month (YYYY-MM) whose report is due at `now`: on the first working day of a month, from the start
 * of the working day in the team's zone, last month's; otherwise null.
 */
export function reportMonthDue(now: Date, calendar: CalendarSettings): string | null {
  const here = wallClock(now, calendar.timeZone);
  const firstWorkingDay = nearestWorkingDay(`${here.date.slice(0, 7)}-01`, "later", calendar);
  if (here.date !== firstWorkingDay || here.minuteOfDay < parseTimeOfDay(calendar.workdayStart)) return null;
  const [year, month] = here.date.split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}
