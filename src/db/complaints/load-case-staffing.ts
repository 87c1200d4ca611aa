import { type CaseDepartments, caseStaffingOf } from "../../domain/complaints/case-staffing-of.js";
import type { FrontlineSetting } from "../../domain/complaints/frontline-setting.js";
import type { CaseStaffing } from "../../domain/complaints/tiers-of-person.js";
import type { Tx } from "../with-actor.js";

/**
 * How each case is staffed under the team's `frontline` setting. With `{ group }` it reads that
 * department's id once (by name, any case), so a batch of cases costs one query at most.
 */
export async function loadCaseStaffing(tx: Tx, frontline: FrontlineSetting): Promise<(complaint: CaseDepartments) => CaseStaffing> {
  const group =
    typeof frontline === "object"
      ? await tx.department.findFirst({ where: { name: { equals: frontline.group, mode: "insensitive" } }, select: { id: true } })
      : null;
  return (complaint) => caseStaffingOf(complaint, frontline, group?.id ?? null);
}
