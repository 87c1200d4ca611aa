import type { AccessViewer } from "../../domain/access/may-access.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { Database } from "../../db/database.js";
import { headedDepartmentIds } from "../../db/health/headed-department-ids.js";

/** The roster person as the visibility rule sees them: with the departments they head. */
export async function loadAccessViewer(db: Database, person: RosterPerson): Promise<AccessViewer> {
  return { person, headOfDepartmentIds: await headedDepartmentIds(db, person.id) };
}
