import { addDays } from "./add-days.js";
import type { CalendarSettings } from "./calendar-settings.js";
import { isWorkingDay } from "./is-working-day.js";
import type { LocalDate } from "./local-date.js";

/** `date` if it is a working day, else the closest working day in `direction` (a Saturday birthday → Friday). */
export function nearestWorkingDay(date: LocalDate, direction: "earlier" | "later", calendar: CalendarSettings): LocalDate {
  let current = date;
  // Bounded: a calendar with at least one working weekday has one within any 8 days, plus holidays.
  for (let guard = 0; guard < 400 && !isWorkingDay(current, calendar); guard += 1) {
    current = addDays(current, direction === "earlier" ? -1 : 1);
  }
  return current;
}
