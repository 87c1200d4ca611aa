import type { FrontlineSetting } from "./frontline-setting.js";
import type { CaseStaffing } from "./tiers-of-person.js";

/** The people-relevant facts of a case: its customer's owner and its departments. */
export interface CaseDepartments {
  customer: { ownerId: number | null };
  lead: { id: number; headId: number | null } | null;
  cooperating: readonly { id: number }[];
}

/**
 * Who staffs a case under the team's `frontline` setting. `groupDepartmentId` is the roster department
 * named by `{ group }` (null when the setting names none, or the roster has no such department — then
 * tier 1 is the owner alone, rather than every frontline person of the company).
 */
export function caseStaffingOf(complaint: CaseDepartments, frontline: FrontlineSetting, groupDepartmentId: number | null): CaseStaffing {
  const lead = complaint.lead ? [complaint.lead.id] : [];
  const frontlineDepartmentIds =
    frontline === "lead-department"
      ? lead
      : frontline === "case-departments"
        ? [...lead, ...complaint.cooperating.map((d) => d.id)]
        : groupDepartmentId === null
          ? []
          : [groupDepartmentId];
  return {
    ownerId: complaint.customer.ownerId,
    leadDepartmentId: complaint.lead?.id ?? null,
    leadDepartmentHeadId: complaint.lead?.headId ?? null,
    frontlineDepartmentIds,
  };
}
