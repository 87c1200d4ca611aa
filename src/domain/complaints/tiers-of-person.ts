import type { EscalationTier } from "./complaint-case.js";

export interface RosterPerson {
  id: number;
  roles: readonly string[];
  departmentId: number | null;
}

export interface CaseStaffing {
  ownerId: number | null;
  leadDepartmentId: number | null;
  leadDepartmentHeadId: number | null;
  /** The departments whose `frontline` people are tier 1 with the owner (see `caseStaffingOf`). */
  frontlineDepartmentIds: readonly number[];
}

/**
 * The escalation tiers (domain.md §4) a roster person belongs to for one case: tier 1 the customer's
 * owner and the frontline people of the case's frontline departments (the lead department by default);
 * tier 2 the lead department's head (its recorded head, or a `department_head` of that department) and
 * technical support; tier 3 the executives.
 */
export function tiersOfPerson(person: RosterPerson, staffing: CaseStaffing): EscalationTier[] {
  const tiers: EscalationTier[] = [];
  const frontline =
    person.roles.includes("frontline") && person.departmentId !== null && staffing.frontlineDepartmentIds.includes(person.departmentId);
  if (person.id === staffing.ownerId || frontline) tiers.push(1);
  const headsLead =
    person.id === staffing.leadDepartmentHeadId ||
    (person.roles.includes("department_head") &&
      staffing.leadDepartmentId !== null &&
      person.departmentId === staffing.leadDepartmentId);
  if (headsLead || person.roles.includes("tech_support")) tiers.push(2);
  if (person.roles.includes("executive")) tiers.push(3);
  return tiers;
}
