import type { RosterPerson } from "../roster/roster-person.js";
import type { CustomerProfile } from "./customer-profile.js";

/**
 * Who may record an assessment or an action's result: the customer's owner, the head of the owner's
 * department, executives and admins — the people who see every score of the customer.
 */
export function mayAssess(viewer: RosterPerson, customer: CustomerProfile, headOfDepartmentIds: number[]): boolean {
  if (viewer.roles.includes("executive") || viewer.roles.includes("admin")) return true;
  const owner = customer.owner;
  if (!owner) return false;
  if (owner.id === viewer.id) return true;
  return owner.departmentId !== null && headOfDepartmentIds.includes(owner.departmentId);
}
