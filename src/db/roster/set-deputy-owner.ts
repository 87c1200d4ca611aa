import type { Tx } from "../with-actor.js";

/** Sets (or clears, with null) a customer's deputy owner; audited with the transaction's actor. Returns whether it changed. */
export async function setDeputyOwner(tx: Tx, customerId: number, deputyOwnerId: number | null): Promise<boolean> {
  const changed = await tx.$executeRaw`
    UPDATE customers SET deputy_owner_id = ${deputyOwnerId}, updated_at = now()
     WHERE id = ${customerId} AND deputy_owner_id IS DISTINCT FROM ${deputyOwnerId}`;
  return changed > 0;
}
