import type { Database } from "../database.js";

/**
 * Re-asserts this process's claim on rows just before sending them, moving `claimed_at` to `at`: the
 * ids still held are returned. A row another replica took over (it presumed this one dead) is not,
 * and must not be sent from here.
 */
export async function renewClaim(db: Database, ids: readonly string[], claimer: string, at: Date): Promise<Set<string>> {
  const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE deliveries SET claimed_at = $3 WHERE id = ANY($1::bigint[]) AND status = 'claimed' AND claimed_by = $2 RETURNING id::text AS id`,
    [...ids],
    claimer,
    at,
  );
  return new Set(rows.map((row) => row.id));
}
