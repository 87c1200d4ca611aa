import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";

export interface ComplaintListQuery {
  /** `open`: not closed yet (resolved cases await the customer's confirmation); `all`: any status. */
  scope: "open" | "all";
  customerId?: number;
  /** Cases this person filed, acknowledged, or whose customer they own. */
  involving?: string;
  limit: number;
}

/** Case ids matching a `/complaint list`, most recently opened first. */
export async function listComplaintIds(db: Database, query: ComplaintListQuery): Promise<number[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (query.scope === "open") conditions.push(Prisma.sql`c.status <> 'closed'`);
  if (query.customerId !== undefined) conditions.push(Prisma.sql`c.customer_id = ${query.customerId}`);
  if (query.involving !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM person_identities p WHERE p.platform = 'slack' AND p.external_id = ${query.involving}
      AND (p.person_id = c.opened_by_id OR p.person_id = c.acknowledged_by_id OR p.person_id = (SELECT owner_id FROM customers WHERE id = c.customer_id)))`);
  }
  const rows = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM complaints c WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY c.opened_at DESC, c.id DESC LIMIT ${query.limit}`;
  return rows.map((row) => row.id);
}
