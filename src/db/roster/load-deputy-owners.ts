import type { Tx } from "../with-actor.js";

/** Customers that name a deputy owner: customer id → its owner and deputy owner. */
export async function loadDeputyOwners(tx: Pick<Tx, "$queryRaw">): Promise<Map<number, { ownerId: number | null; deputyOwnerId: number }>> {
  const rows = await tx.$queryRaw<{ id: number; owner_id: number | null; deputy_owner_id: number }[]>`
    SELECT id, owner_id, deputy_owner_id FROM customers WHERE deputy_owner_id IS NOT NULL`;
  return new Map(rows.map((row) => [row.id, { ownerId: row.owner_id, deputyOwnerId: row.deputy_owner_id }]));
}
