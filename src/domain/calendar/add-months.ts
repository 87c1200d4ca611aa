import { formatLocalDate } from "./format-local-date.js";
import { type LocalDate, parseLocalDate } from "./local-date.js";

/** The same day `months` later; a day the target month lacks becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return formatLocalDate(year, month + months, Math.min(day, lastDay));
}
