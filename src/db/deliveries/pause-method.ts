import type { Database } from "../database.js";

/**
 * Records that a platform rate-limited `method` for the whole app until `until`, for every replica. A
 * pause only ever grows: a shorter Retry-After seen later by another replica does not cut a longer one short.
 */
export async function pauseMethod(db: Database, method: string, until: Date, reason: string, setBy: string): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO platform_method_pauses (method, until, reason, set_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (method) DO UPDATE SET until = EXCLUDED.until, reason = EXCLUDED.reason, set_by = EXCLUDED.set_by
     WHERE platform_method_pauses.until < EXCLUDED.until`,
    method,
    until,
    reason,
    setBy,
  );
}
