import { dayNumber } from "./day-number.js";
import { type LocalDate, parseLocalDate } from "./local-date.js";

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(year, month, day) + 3) % 7) + 7) % 7) + 1;
}
