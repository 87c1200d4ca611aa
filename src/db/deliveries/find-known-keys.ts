import type { Database } from "../database.js";

/** Which of `keys` the ledger already holds (in any status). */
export async function findKnownKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db.prisma.$queryRawUnsafe<{ key: string }[]>(`SELECT key FROM deliveries WHERE key = ANY($1::text[])`, [...keys]);
  return new Set(rows.map((row) => row.key));
}
