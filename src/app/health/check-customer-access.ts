import type { Database } from "../../db/database.js";
import { headedDepartmentIds } from "../../db/health/headed-department-ids.js";
import { customerSubject } from "../../domain/access/access-subject.js";
import type { DataKind } from "../../domain/access/data-kind.js";
import { mayAccess } from "../../domain/access/may-access.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** May `person` see this customer's `kind` data? Asks the database for headed departments only when that could matter. */
export async function checkCustomerAccess(db: Database, person: RosterPerson, kind: DataKind, customer: CustomerProfile): Promise<boolean> {
  const subject = customerSubject(customer.owner);
  if (mayAccess({ person, headOfDepartmentIds: [] }, kind, subject)) return true;
  if (subject.ownerDepartmentId === null) return false;
  return mayAccess({ person, headOfDepartmentIds: await headedDepartmentIds(db, person.id) }, kind, subject);
}
