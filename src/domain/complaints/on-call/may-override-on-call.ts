import type { RosterPerson } from "../../roster/roster-person.js";

/**
 * Who may make an override: an admin, or a head of the covered person's department (its recorded head or
 * a `department_head` of it) — the people who plan that department's duty.
 */
export function mayOverrideOnCall(
  actor: Pick<RosterPerson, "id" | "roles" | "departmentId">,
  covered: Pick<RosterPerson, "departmentId">,
  departments: readonly { id: number; headId: number | null }[],
): boolean {
  if (actor.roles.includes("admin")) return true;
  if (covered.departmentId === null) return false;
  const recordedHead = departments.find((d) => d.id === covered.departmentId)?.headId === actor.id;
  return recordedHead || (actor.roles.includes("department_head") && actor.departmentId === covered.departmentId);
}
