import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { createComplaint, type NewComplaint } from "./create-complaint.js";

/**
 * Creates the case a submitted intake modal describes — once per modal: a second submission of the
 * same Slack view (a double press, two replicas handling copies of it) finds the first case instead.
 */
export async function fileComplaintOnce(
  db: Database,
  complaint: NewComplaint & { intakeViewId: string },
): Promise<{ id: number; created: boolean }> {
  const earlier = () => db.prisma.complaint.findUnique({ where: { intakeViewId: complaint.intakeViewId }, select: { id: true } });
  const existing = await earlier();
  if (existing) return { id: existing.id, created: false };
  try {
    return { id: await withActor(db, complaint.openedBy, (tx) => createComplaint(tx, complaint)), created: true };
  } catch (error) {
    // Both copies passed the check at once: the unique view id let one in; this one finds it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await earlier();
      if (winner) return { id: winner.id, created: false };
    }
    throw error;
  }
}
