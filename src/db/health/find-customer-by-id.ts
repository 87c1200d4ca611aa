import { Prisma } from "../../generated/prisma/client.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { Database } from "../database.js";
import { type CustomerProfileRow, customerProfileSelect, toCustomerProfile } from "./customer-profile-row.js";
import { queryReadOnly } from "../query-read-only.js";

/** The profile of a customer id (from a button's value): null when it was deleted since. */
export async function findCustomerById(db: Database, id: number): Promise<CustomerProfile | null> {
  const [row] = await queryReadOnly<CustomerProfileRow>(db, Prisma.sql`${customerProfileSelect} WHERE c.id = ${id}`);
  return row ? toCustomerProfile(row) : null;
}
