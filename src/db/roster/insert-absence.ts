import type { Absence } from "../../domain/roster/absence/absence.js";
import type { LocalDate } from "../../domain/calendar/local-date.js";
import type { Tx } from "../with-actor.js";
import { ABSENCE_COLUMNS, type AbsenceRow, absenceOfRow } from "./absence-row.js";

/** Records an absence inside the caller's (attributed) transaction; `recorded_by` is that actor. */
export async function insertAbsence(tx: Tx, draft: { personId: number; from: LocalDate; to: LocalDate; deputyId: number | null }): Promise<Absence> {
  const [row] = await tx.$queryRawUnsafe<AbsenceRow[]>(
    `INSERT INTO absences (person_id, starts_on, ends_on, deputy_id) VALUES ($1, $2::date, $3::date, $4) RETURNING ${ABSENCE_COLUMNS}`,
    draft.personId,
    draft.from,
    draft.to,
    draft.deputyId,
  );
  return absenceOfRow(row!);
}
