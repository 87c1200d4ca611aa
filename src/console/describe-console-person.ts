import type { RosterOverviewPerson } from "../db/people/list-roster-overview.js";
import { tiersOfPerson } from "../domain/complaints/tiers-of-person.js";

/**
 * What `:people` says about someone: department, roles, and the complaint tiers they hold — on cases
 * of their own customers or led by their department, and on any other case (tiers depend on the case).
 */
export function describeConsolePerson(person: RosterOverviewPerson): string {
  const department = person.departmentName ?? "no department";
  const roles = person.roles.length ? person.roles.join(", ") : "no roles";
  const owns = person.customersOwned ? `, owns ${person.customersOwned} customer${person.customersOwned === 1 ? "" : "s"}` : "";
  const near = tiersOfPerson(person, { ownerId: person.customersOwned ? person.id : null, leadDepartmentId: person.departmentId, leadDepartmentHeadId: person.departmentHeadId, frontlineDepartmentIds: person.departmentId === null ? [] : [person.departmentId] });
  const anywhere = tiersOfPerson(person, { ownerId: null, leadDepartmentId: null, leadDepartmentHeadId: null, frontlineDepartmentIds: [] });
  const list = (tiers: number[]) => (tiers.length ? `tier ${tiers.join(", ")}` : "no tier");
  const own = [person.customersOwned ? "their customers' cases" : "", person.departmentName ? `cases led by ${person.departmentName}` : ""].filter(Boolean).join(" and ");
  const tiers =
    near.join() === anywhere.join() || !own ? `${list(anywhere)} on every case` : `${list(near)} on ${own}; ${list(anywhere)} on other cases`;
  return `${department} · ${roles}${owns} · ${tiers}`;
}
