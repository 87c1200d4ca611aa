import type { AccessSubject } from "../access/access-subject.js";
import type { ComplaintRecord } from "./complaint-record.js";

/** A complaint case as the visibility rule sees it: its customer's owner, its departments, who filed and held it. */
export function complaintSubject(record: ComplaintRecord): AccessSubject {
  const c = record.case;
  return {
    ownerId: record.customer.ownerId,
    ownerDepartmentId: record.customer.ownerDepartmentId,
    caseDepartmentIds: [record.lead?.id, ...record.cooperating.map((d) => d.id)].filter((id): id is number => id !== undefined),
    involvedActors: [record.openedBy, c.acknowledgedBy, c.resolvedBy].filter((id): id is string => id !== null),
  };
}
