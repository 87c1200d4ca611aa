import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

/**
 * Stores one override, attributed to `actor` (the audit log names them). The same override again (a
 * replayed command, a double send) finds its row and changes nothing: returns false.
 */
export async function insertOnCallOverride(
  db: Database,
  actor: string,
  /** `createdAt` is the app's clock: the later override wins where two overlap, also in the console's simulated time. */
  override: { personId: number; forPersonId: number; startsAt: Date; endsAt: Date; createdAt: Date },
): Promise<boolean> {
  return withActor(db, actor, async (tx) => {
    const inserted = await tx.onCallOverride.createMany({ data: [override], skipDuplicates: true });
    return inserted.count === 1;
  });
}
