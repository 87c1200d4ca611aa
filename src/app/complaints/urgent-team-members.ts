import { loadCaseStaffing } from "../../db/complaints/load-case-staffing.js";
import { loadEscalationStaff } from "../../db/complaints/load-escalation-staff.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { peopleOfTier } from "../../domain/complaints/people-of-tier.js";
import type { ComplaintDeps } from "./complaint-deps.js";

/** Who an urgent complaint's temporary team invites (domain.md §4): the owner, technical support, the department's tier 2. */
export async function urgentTeamMembers(deps: ComplaintDeps, record: ComplaintRecord): Promise<string[]> {
  const staff = await loadEscalationStaff(deps.db.prisma);
  const staffing = (await loadCaseStaffing(deps.db.prisma, deps.settings.complaints.frontline))(record);
  return [
    record.customer.owner?.ids.slack,
    ...staff.filter((p) => p.roles.includes("tech_support")).flatMap((p) => p.ids.slack ?? []),
    ...peopleOfTier(staff, staffing, 2).filter((p) => !p.roles.includes("tech_support")).flatMap((p) => p.ids.slack ?? []),
  ].filter((m): m is string => Boolean(m));
}
