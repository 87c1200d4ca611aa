import type { Tx } from "../with-actor.js";

/**
 * Locks up to `limit` cases whose next check has come, skipping cases another replica holds: the
 * replicas of one tick share the work without doing any case twice. Earliest first; `exclude` holds the
 * cases this tick already handled, so a case whose rules could not move it is not claimed forever.
 */
export async function claimDueComplaints(tx: Tx, now: Date, limit: number, exclude: readonly number[] = []): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM complaints
     WHERE next_check_at <= ${now} AND status IN ('open', 'acknowledged', 'reopened')
       AND id <> ALL (${exclude as number[]}::int[])
     ORDER BY next_check_at, id
     LIMIT ${limit}
     FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => row.id);
}
