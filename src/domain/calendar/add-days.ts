import { dateOfDayNumber, dayNumber } from "./day-number.js";
import { type LocalDate, parseLocalDate } from "./local-date.js";

/** The calendar date `days` later (or earlier, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return dateOfDayNumber(dayNumber(year, month, day) + days);
}
