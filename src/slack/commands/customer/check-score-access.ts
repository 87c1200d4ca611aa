import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { maySeeScore } from "../../../domain/health/may-see-score.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import { headedDepartmentIds } from "../../../db/health/headed-department-ids.js";
import type { Database } from "../../../db/database.js";

/** May `viewer` see this customer's score? Asks the database only when a department head might. */
export async function checkScoreAccess(db: Database, viewer: RosterPerson, customer: CustomerProfile): Promise<boolean> {
  if (maySeeScore(viewer, customer, { headOfDepartmentIds: [] })) return true;
  if (customer.owner?.departmentId == null) return false;
  return maySeeScore(viewer, customer, { headOfDepartmentIds: await headedDepartmentIds(db, viewer.id) });
}
