import type { Absence } from "../../domain/roster/absence/absence.js";

/** An `absences` row as the queries of this folder select it (dates as text, so no zone shifts them). */
export interface AbsenceRow {
  id: number;
  person_id: number;
  starts_on: string;
  ends_on: string;
  deputy_id: number | null;
  recorded_by: string;
  created_at: Date;
}

export const ABSENCE_COLUMNS = "id, person_id, starts_on::text AS starts_on, ends_on::text AS ends_on, deputy_id, recorded_by, created_at";

export function absenceOfRow(row: AbsenceRow): Absence {
  return { id: row.id, personId: row.person_id, from: row.starts_on, to: row.ends_on, deputyId: row.deputy_id, recordedBy: row.recorded_by, recordedAt: row.created_at };
}
