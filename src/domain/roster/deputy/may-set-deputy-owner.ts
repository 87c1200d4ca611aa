import type { RosterPerson } from "../roster-person.js";

/**
 * Who may name a customer's deputy owner: its owner, the head of the owner's department (the recorded
 * head, or a department_head of that department), and admins.
 */
export function maySetDeputyOwner(actor: RosterPerson, customer: { owner: { id: number; departmentId: number | null } | null; ownerDepartmentHeadId: number | null }): boolean {
  if (actor.roles.includes("admin")) return true;
  const owner = customer.owner;
  if (!owner) return false;
  if (owner.id === actor.id || customer.ownerDepartmentHeadId === actor.id) return true;
  return actor.roles.includes("department_head") && owner.departmentId !== null && actor.departmentId === owner.departmentId;
}
