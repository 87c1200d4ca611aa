import { addDays } from "./add-days.js";
import type { CalendarSettings } from "./calendar-settings.js";
import { isWorkingDay } from "./is-working-day.js";
import type { LocalDate } from "./local-date.js";

/**
 * The date `count` working days after `date` (before it when negative), skipping weekends and
 * holidays: 3 working days before Monday is the previous Wednesday. `date` itself is not counted.
 */
export function addWorkingDays(date: LocalDate, count: number, calendar: CalendarSettings): LocalDate {
  const step = count < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(count); remaining > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}
