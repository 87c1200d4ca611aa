import type { LocalDate } from "../../domain/calendar/local-date.js";
import type { Tx } from "../with-actor.js";

/**
 * Cancels an absence: one that has not started is deleted; one under way ends on `lastDay` (the day
 * before today in the person's zone). Both are audited with the transaction's actor.
 */
export async function shortenAbsence(tx: Tx, absenceId: number, lastDay: LocalDate | null): Promise<void> {
  if (lastDay === null) await tx.$executeRaw`DELETE FROM absences WHERE id = ${absenceId}`;
  else await tx.$executeRawUnsafe(`UPDATE absences SET ends_on = $2::date, updated_at = now() WHERE id = $1`, absenceId, lastDay);
}
