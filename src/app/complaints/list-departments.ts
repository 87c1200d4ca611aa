import { loadDepartments } from "../../db/complaints/load-departments.js";
import type { Database } from "../../db/database.js";

/** The departments a complaint can be led by or cooperate on (the intake form's choices). */
export function listDepartments(deps: { db: Database }): Promise<{ id: number; name: string }[]> {
  return loadDepartments(deps.db);
}
