import type { Database } from "../database.js";

/** The API methods paused after `at` (any replica's 429, on any platform), with when each may be called again. */
export async function loadMethodPauses(db: Database, at: Date): Promise<Map<string, Date>> {
  const rows = await db.prisma.$queryRawUnsafe<{ method: string; until: Date }[]>(
    `SELECT method, until FROM platform_method_pauses WHERE until > $1`,
    at,
  );
  return new Map(rows.map((row) => [row.method, new Date(row.until)]));
}
