import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import { actorPersonIdSql } from "../people/actor-person-id-sql.js";

export interface ComplaintListQuery {
  /** `open`: not closed yet (resolved cases await the customer's confirmation); `all`: any status. */
  scope: "open" | "all";
  customerId?: number;
  /** Cases this person (an actor name, actorOf: a Slack id, `teams:…`, `person:<id>`) filed, acknowledged, or whose customer they own. */
  involving?: string;
  limit: number;
}

/** Case ids matching a `/complaint list`, most recently opened first. */
export async function listComplaintIds(db: Database, query: ComplaintListQuery): Promise<number[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (query.scope === "open") conditions.push(Prisma.sql`c.status <> 'closed'`);
  if (query.customerId !== undefined) conditions.push(Prisma.sql`c.customer_id = ${query.customerId}`);
  if (query.involving !== undefined) {
    // Read as actorPersonIdSql reads any actor name, so a Teams-only person's `mine` finds their cases too.
    conditions.push(Prisma.sql`${actorPersonIdSql(query.involving)} IN (c.opened_by_id, c.acknowledged_by_id, (SELECT owner_id FROM customers WHERE id = c.customer_id))`);
  }
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM complaints c WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY c.opened_at DESC, c.id DESC LIMIT ${query.limit}`;
  return rows.map((row) => row.id);
}
