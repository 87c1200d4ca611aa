import { dateOfDayNumber, dayNumber } from "./day-number.js";
import type { LocalDate } from "./local-date.js";

/** `YYYY-MM-DD` from calendar parts; a month or day out of range rolls over (like Date.UTC). */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  const months = year * 12 + (month - 1);
  const y = Math.floor(months / 12);
  return dateOfDayNumber(dayNumber(y, months - y * 12 + 1, 1) + day - 1);
}
