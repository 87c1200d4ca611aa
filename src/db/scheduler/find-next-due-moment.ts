import type { Database } from "../database.js";

/**
 * The earliest moment after `after` at which the database holds something the scheduler must act on:
 * a complaint timer (`next_check_at`) or a ledger row becoming due (its due time or its next retry).
 * The console's `:advance` steps to each such moment, so every timer fires at its own minute.
 */
export async function findNextDueMoment(db: Database, after: Date): Promise<Date | null> {
  const rows = await db.prisma.$queryRaw<Array<{ at: Date | null }>>`
    SELECT min(at) AS at FROM (
      SELECT min(next_check_at) AS at FROM complaints
      WHERE next_check_at > ${after} AND status NOT IN ('resolved', 'closed')
      UNION ALL
      SELECT min(greatest(due_at, coalesce(next_attempt_at, due_at))) FROM deliveries
      WHERE status IN ('pending', 'failed') AND greatest(due_at, coalesce(next_attempt_at, due_at)) > ${after}
    ) moments`;
  const at = rows[0]?.at;
  return at ? new Date(at) : null;
}
