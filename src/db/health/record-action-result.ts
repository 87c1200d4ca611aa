import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

/**
 * Writes the result of an improvement action (what came of it) and marks it done. Only an open action
 * takes a result, so a double submission cannot overwrite the first one; the same result by the same
 * person again (a retried or double submission) is `again`, someone else's or another text `already-done`.
 */
export async function recordActionResult(
  db: Database,
  input: { actor: string; actionId: number; result: string; now: Date },
): Promise<"recorded" | "again" | "already-done" | "missing"> {
  return withActor(db, input.actor, async (tx) => {
    const updated = await tx.improvementAction.updateMany({
      where: { id: input.actionId, completedAt: null },
      data: { result: input.result, completedAt: input.now, completedBy: input.actor },
    });
    if (updated.count === 1) return "recorded";
    const done = await tx.improvementAction.findUnique({ where: { id: input.actionId }, select: { result: true, completedBy: true } });
    if (!done) return "missing";
    return done.completedBy === input.actor && done.result === input.result ? "again" : "already-done";
  });
}
