import type { Database } from "../database.js";

/** The id of the customer with this key (case-insensitive), or null. */
export async function findCustomerIdByKey(db: Database, key: string): Promise<number | null> {
  const [row] = await db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM customers WHERE key = upper($1)`, key);
  return row?.id ?? null;
}
