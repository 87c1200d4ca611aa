import { addDays } from "../calendar/add-days.js";
import type { LocalDate } from "../calendar/local-date.js";

/** The years whose yearly dates (birthdays, anniversaries) can fall within the look-back window or just after today. */
export function candidateYears(today: LocalDate, lookbackDays: number): number[] {
  const first = Number(addDays(today, -lookbackDays).slice(0, 4));
  const last = Number(today.slice(0, 4)) + 1;
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}
