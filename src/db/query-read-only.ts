import type { Prisma } from "../generated/prisma/client.js";
import type { Database } from "./database.js";
import type { Tx } from "./with-actor.js";

/**
 * Runs a read-only SQL statement. Outside a transaction it goes straight to the driver: on the score's
 * hot path Prisma's raw-query layer costs ~3 ms per statement here (measured, bench/score), more than
 * PostgreSQL takes to plan and run the whole aggregate. Inside a transaction it must use `tx`.
 */
export async function queryReadOnly<T>(db: Database | Tx, sql: Prisma.Sql): Promise<T[]> {
  if ("session" in db) return db.session((session) => session.query<T>(sql.text, sql.values as unknown[]));
  return db.$queryRaw<T[]>(sql);
}
