import type { Absence } from "./absence.js";
import { absenceAt } from "./absence-at.js";

/**
 * Whether `person` is away at `now`, by the date their own zone shows. An away person is never paged
 * and gets no reminders (they go to a deputy, or wait for the return).
 */
export function isAway(person: { id: number; timeZone: string }, absences: readonly Absence[], now: Date): boolean {
  return absenceAt(person, absences, now) !== null;
}
