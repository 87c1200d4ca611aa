import type { LocalDate } from "./local-date.js";

/** `YYYY-MM-DD` from calendar parts; a month or day out of range rolls over (Date.UTC normalises it). */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
