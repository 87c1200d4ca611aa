import type { Database } from "../../db/database.js";
import { findCustomer } from "../../db/health/find-customer.js";

/** Open on a reminder: the customer its control names (by key), if it still exists. */
export async function findReminderCustomer(db: Database, customerKey: string) {
  const lookup = await findCustomer(db, customerKey);
  return lookup.kind === "found" ? lookup.customer : null;
}
