import type { LocalDate } from "../calendar/local-date.js";
import { formatLocalDate } from "../calendar/format-local-date.js";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether month/day can be someone's birthday (Feb 29 can; Feb 30 cannot). */
export function isPossibleMonthDay(month: number, day: number): boolean {
  return Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** Where a yearly date (birthday, anniversary) falls in `year`; Feb 29 moves to Feb 28 or Mar 1 in common years. */
export function yearlyDate(month: number, day: number, year: number, leapDay: "feb-28" | "mar-01"): LocalDate {
  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leapYear) return leapDay === "feb-28" ? formatLocalDate(year, 2, 28) : formatLocalDate(year, 3, 1);
  return formatLocalDate(year, month, day);
}
