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
}

/**
 * The escalation tiers (domain.md §4) a roster person belongs to for one case: tier 1 the customer's
 * owner and customer service (`frontline`); tier 2 the lead department's head (its recorded head, or a
 * `department_head` of that department) and technical support; tier 3 the executives.
 */
export function tiersOfPerson(person: RosterPerson, staffing: CaseStaffing): EscalationTier[] {
  const tiers: EscalationTier[] = [];
  if (person.id === staffing.ownerId || person.roles.includes("frontline")) tiers.push(1);
  const headsLead =
    person.id === staffing.leadDepartmentHeadId ||
    (person.roles.includes("department_head") &&
      staffing.leadDepartmentId !== null &&
      person.departmentId === staffing.leadDepartmentId);
  if (headsLead || person.roles.includes("tech_support")) tiers.push(2);
  if (person.roles.includes("executive")) tiers.push(3);
  return tiers;
}
