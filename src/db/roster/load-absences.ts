import type { Absence } from "../../domain/roster/absence/absence.js";
import type { LocalDate } from "../../domain/calendar/local-date.js";
import type { Tx } from "../with-actor.js";
import { ABSENCE_COLUMNS, type AbsenceRow, absenceOfRow } from "./absence-row.js";

/**
 * Absences that end on or after `endingFrom` (every person, or one), earliest first: a superset of
 * what can matter around a moment — whether someone is away is decided by the pure rules in their zone.
 */
export async function loadAbsences(tx: Pick<Tx, "$queryRawUnsafe">, endingFrom: LocalDate, personId?: number): Promise<Absence[]> {
  const rows = personId === undefined
    ? await tx.$queryRawUnsafe<AbsenceRow[]>(`SELECT ${ABSENCE_COLUMNS} FROM absences WHERE ends_on >= $1::date ORDER BY starts_on, id`, endingFrom)
    : await tx.$queryRawUnsafe<AbsenceRow[]>(`SELECT ${ABSENCE_COLUMNS} FROM absences WHERE ends_on >= $1::date AND person_id = $2 ORDER BY starts_on, id`, endingFrom, personId);
  return rows.map(absenceOfRow);
}
