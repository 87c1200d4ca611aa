import type { Absence } from "./absence.js";

/** One person's absences, earliest first: what `/customer away` lists and wt-oncall's paging reads. */
export function awayPeriods(personId: number, absences: readonly Absence[]): Absence[] {
  return absences.filter((absence) => absence.personId === personId).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id - b.id));
}
