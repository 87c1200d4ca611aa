import type { Database } from "../database.js";

/** The ledger status of each of `keys` that the ledger holds. */
export async function deliveryStatuses(db: Database, keys: readonly string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await db.prisma.$queryRawUnsafe<{ key: string; status: string }[]>(
    `SELECT key, status FROM deliveries WHERE key = ANY($1::text[])`,
    [...keys],
  );
  return new Map(rows.map((row) => [row.key, row.status]));
}
