import type { RosterPerson } from "../roster/roster-person.js";
import type { CustomerProfile } from "./customer-profile.js";

export interface ScoreVisibility {
  /** Department whose head the viewer is, if any (heads see their department's customers). */
  headOfDepartmentIds: number[];
}

/**
 * Who may see a customer's score: its owner, the head of the owner's department, executives and admins
 * see every score they ask for; other roster people only customers owned within their own department.
 */
export function maySeeScore(viewer: RosterPerson, customer: CustomerProfile, visibility: ScoreVisibility): boolean {
  if (viewer.roles.includes("executive") || viewer.roles.includes("admin")) return true;
  const owner = customer.owner;
  if (!owner) return false;
  if (owner.id === viewer.id) return true;
  if (owner.departmentId === null) return false;
  if (visibility.headOfDepartmentIds.includes(owner.departmentId)) return true;
  return viewer.departmentId !== null && viewer.departmentId === owner.departmentId;
}
