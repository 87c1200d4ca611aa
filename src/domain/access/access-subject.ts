/** What the visibility rule needs to know about the customer (or complaint case) a piece of data belongs to. */
export interface AccessSubject {
  /** Roster id of the customer's owner. */
  ownerId: number | null;
  /** Department of the customer's owner. */
  ownerDepartmentId: number | null;
  /** For a complaint: its lead and cooperating departments. */
  caseDepartmentIds: readonly number[];
  /** For a complaint: who filed, acknowledged or resolved it, as recorded (the actor strings of actorOf). */
  involvedActors: readonly string[];
}

/** The subject of a customer's own data (no complaint case). */
export function customerSubject(owner: { id: number; departmentId: number | null } | null): AccessSubject {
  return { ownerId: owner?.id ?? null, ownerDepartmentId: owner?.departmentId ?? null, caseDepartmentIds: [], involvedActors: [] };
}
