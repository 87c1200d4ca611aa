import { addDays } from "../calendar/add-days.js";
import { daysBetween } from "../calendar/days-between.js";
import type { LocalDate } from "../calendar/local-date.js";

/**
 * For a condition that recurs every `everyDays` from `firstDue` until it is dealt with (a follow-up,
 * an overdue assessment): the latest occurrence on or before `today`, and the one before it (today's
 * may not have reached its send time yet). Only the latest matters; older ones are superseded.
 */
export function recentOccurrences(firstDue: LocalDate, everyDays: number, today: LocalDate): LocalDate[] {
  const elapsed = daysBetween(firstDue, today);
  if (elapsed < 0) return [];
  const latest = Math.floor(elapsed / everyDays);
  return latest === 0 ? [firstDue] : [addDays(firstDue, latest * everyDays), addDays(firstDue, (latest - 1) * everyDays)];
}
