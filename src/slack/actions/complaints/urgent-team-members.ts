import type { ComplaintRecord } from "../../../db/complaints/complaint-record.js";
import { loadEscalationStaff } from "../../../db/complaints/load-escalation-staff.js";
import type { Database } from "../../../db/database.js";
import { peopleOfTier } from "../../../domain/complaints/people-of-tier.js";

/** Who an urgent complaint's temporary team invites (domain.md §4): the owner, technical support, the department's tier 2. */
export async function urgentTeamMembers(db: Database, record: ComplaintRecord): Promise<string[]> {
  const staff = await loadEscalationStaff(db.prisma);
  const staffing = { ownerId: record.customer.ownerId, leadDepartmentId: record.lead?.id ?? null, leadDepartmentHeadId: record.lead?.headId ?? null };
  return [
    record.customer.ownerSlackId,
    ...staff.filter((p) => p.roles.includes("tech_support")).map((p) => p.slackUserId),
    ...peopleOfTier(staff, staffing, 2).filter((p) => !p.roles.includes("tech_support")).map((p) => p.slackUserId),
  ].filter((m): m is string => Boolean(m));
}
