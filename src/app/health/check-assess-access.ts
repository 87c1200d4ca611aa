import type { Database } from "../../db/database.js";
import { headedDepartmentIds } from "../../db/health/headed-department-ids.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { mayAssess } from "../../domain/health/may-assess.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** May `viewer` record an assessment (or an action's result) for this customer? */
export async function checkAssessAccess(db: Database, viewer: RosterPerson, customer: CustomerProfile): Promise<boolean> {
  if (mayAssess(viewer, customer, [])) return true;
  if (customer.owner?.departmentId == null) return false;
  return mayAssess(viewer, customer, await headedDepartmentIds(db, viewer.id));
}
