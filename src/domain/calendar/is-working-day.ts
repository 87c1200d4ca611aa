import type { CalendarSettings } from "./calendar-settings.js";
import { isoWeekday } from "./iso-weekday.js";
import type { LocalDate } from "./local-date.js";

/** A working weekday that is not on the holiday list. */
export function isWorkingDay(date: LocalDate, calendar: CalendarSettings): boolean {
  return calendar.workingDays.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}
