import { loadCaseStaffing } from "../../db/complaints/load-case-staffing.js";
import { loadEscalationStaff } from "../../db/complaints/load-escalation-staff.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { peopleOfTier } from "../../domain/complaints/people-of-tier.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { ComplaintDeps } from "./complaint-deps.js";

/**
 * Who an urgent complaint's temporary team invites (domain.md §4): the owner, technical support, the
 * department's tier 2 — as roster people, each once, so every platform picks the identity it speaks
 * (a Slack id to invite, a Teams id to mention or add to a group chat) and names the rest.
 */
export async function urgentTeamMembers(deps: ComplaintDeps, record: ComplaintRecord): Promise<RosterPerson[]> {
  const staff = await loadEscalationStaff(deps.db.prisma);
  const staffing = (await loadCaseStaffing(deps.db.prisma, deps.settings.complaints.frontline))(record);
  const members = [
    ...staff.filter((p) => p.id === record.customer.ownerId),
    ...staff.filter((p) => p.roles.includes("tech_support")),
    ...peopleOfTier(staff, staffing, 2).filter((p) => !p.roles.includes("tech_support")),
  ];
  return members.filter((person, i) => members.findIndex((p) => p.id === person.id) === i);
}
