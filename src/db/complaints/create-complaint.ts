import type { ComplaintClass } from "../../domain/complaints/complaint-case.js";
import { actorPersonIdSql } from "../people/actor-person-id-sql.js";
import type { Tx } from "../with-actor.js";

export interface NewComplaint {
  customerId: number;
  class: ComplaintClass;
  category: string;
  description: string;
  source: string | null;
  sourcePermalink: string | null;
  leadDepartmentId: number | null;
  cooperatingDepartmentIds: readonly number[];
  /** Who filed it, as an actor (actorOf: a Slack id, `teams:…`): the opening event's actor. */
  openedBy: string;
  openedAt: Date;
  nextCheckAt: Date | null;
  /** The intake modal's Slack view id (unique): see fileComplaintOnce. */
  intakeViewId?: string;
}

/** Inserts a case at tier 1 with its departments and its opening event; returns its id. */
export async function createComplaint(tx: Tx, complaint: NewComplaint): Promise<number> {
  const [opener] = await tx.$queryRaw<{ person_id: number | null }[]>`SELECT ${actorPersonIdSql(complaint.openedBy)} AS person_id`;
  const created = await tx.complaint.create({
    data: {
      customerId: complaint.customerId,
      class: complaint.class,
      category: complaint.category,
      description: complaint.description,
      source: complaint.source,
      sourcePermalink: complaint.sourcePermalink,
      intakeViewId: complaint.intakeViewId ?? null,
      leadDepartmentId: complaint.leadDepartmentId,
      openedById: opener?.person_id ?? null,
      openedAt: complaint.openedAt,
      tierSince: complaint.openedAt,
      nextCheckAt: complaint.nextCheckAt,
      departments: {
        create: complaint.cooperatingDepartmentIds
          .filter((id) => id !== complaint.leadDepartmentId)
          .map((departmentId) => ({ departmentId })),
      },
      events: {
        create: { at: complaint.openedAt, actor: complaint.openedBy, kind: "transition", toStatus: "open", toTier: 1 },
      },
    },
    select: { id: true },
  });
  return created.id;
}
