import type { Database } from "../database.js";

/** Any constant all replicas share: only one evaluates the reminder rules at a time. */
const EVALUATION_LOCK = 7_301_002;

/**
 * Runs `work` unless another replica is already evaluating the reminder rules (replicas tick on the
 * same minute, and one evaluation enqueues everything for all). Returns false when skipped. Only an
 * optimisation: the ledger's unique keys keep it exactly-once either way. The lock lives on one held
 * connection, so a replica that dies releases it with its connection.
 */
export async function withEvaluationLease(db: Database, work: () => Promise<void>): Promise<boolean> {
  if (db.kind !== "server") {
    await work();
    return true;
  }
  return db.session(async (session) => {
    const [row] = await session.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${EVALUATION_LOCK}) AS locked`);
    if (!row?.locked) return false;
    try {
      await work();
      return true;
    } finally {
      await session.query(`SELECT pg_advisory_unlock(${EVALUATION_LOCK})`);
    }
  });
}
