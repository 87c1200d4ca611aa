import { wallClock } from "../../calendar/wall-clock.js";
import type { Absence } from "./absence.js";

/** The absence `person` is on at `now` (the day their own wall clock shows lies in it), or null. */
export function absenceAt(person: { id: number; timeZone: string }, absences: readonly Absence[], now: Date): Absence | null {
  const today = wallClock(now, person.timeZone).date;
  return absences.find((absence) => absence.personId === person.id && absence.from <= today && today <= absence.to) ?? null;
}
