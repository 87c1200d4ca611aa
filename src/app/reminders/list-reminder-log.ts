import type { Database } from "../../db/database.js";
import { type DeliveryLogEntry, listDeliveries } from "../../db/deliveries/list-deliveries.js";
import { findCustomerIdByKey } from "../../db/reminders/find-customer-id-by-key.js";

/** The delivery ledger, newest first, optionally for one customer (by key, any case). */
export async function listReminderLog(
  db: Database,
  options: { customerKey?: string; limit: number },
): Promise<{ kind: "log"; entries: DeliveryLogEntry[] } | { kind: "unknown-customer" }> {
  let customerId: number | undefined;
  if (options.customerKey !== undefined) {
    const id = await findCustomerIdByKey(db, options.customerKey);
    if (id === null) return { kind: "unknown-customer" };
    customerId = id;
  }
  return { kind: "log", entries: await listDeliveries(db, { customerId, limit: options.limit }) };
}
