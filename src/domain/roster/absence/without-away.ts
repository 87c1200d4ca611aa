import type { Absence } from "./absence.js";
import { isAway } from "./is-away.js";

/**
 * The people who are not away at `now` (each judged in their own zone, `defaultZone` when the roster
 * has none): who may be paged. Keeps the order and the objects.
 */
export function withoutAway<P extends { id: number; timeZone: string | null }>(people: readonly P[], absences: readonly Absence[], now: Date, defaultZone: string): P[] {
  if (absences.length === 0) return [...people];
  return people.filter((person) => !isAway({ id: person.id, timeZone: person.timeZone ?? defaultZone }, absences, now));
}
