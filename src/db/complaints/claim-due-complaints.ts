import { Prisma } from "../../generated/prisma/client.js";
import type { Tx } from "../with-actor.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { selectComplaintRecords } from "./select-complaint-records.js";

/**
 * Locks and loads up to `limit` cases whose next check has come, skipping cases another replica holds:
 * the replicas of one tick share the work without doing any case twice. Earliest first; `exclude` holds
 * the cases this tick already handled, so a case whose rules could not move it is not claimed forever.
 */
export async function claimDueComplaints(tx: Tx, now: Date, limit: number, exclude: readonly number[] = []): Promise<ComplaintRecord[]> {
  const records = await selectComplaintRecords(
    tx,
    Prisma.sql`SELECT id FROM complaints
                WHERE next_check_at <= ${now} AND status IN ('open', 'acknowledged', 'reopened')
                  AND id <> ALL (${[...exclude]}::int[])
                ORDER BY next_check_at, id
                LIMIT ${limit}
                FOR UPDATE SKIP LOCKED`,
  );
  return records.sort((a, b) => (a.nextCheckAt?.getTime() ?? 0) - (b.nextCheckAt?.getTime() ?? 0) || a.case.id - b.case.id);
}
