import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

/**
 * Writes the result of an improvement action (what came of it) and marks it done. Only an open action
 * takes a result, so a double submission cannot overwrite the first one.
 */
export async function recordActionResult(
  db: Database,
  input: { actor: string; actionId: number; result: string; now: Date },
): Promise<"recorded" | "already-done" | "missing"> {
  return withActor(db, input.actor, async (tx) => {
    const updated = await tx.improvementAction.updateMany({
      where: { id: input.actionId, completedAt: null },
      data: { result: input.result, completedAt: input.now, completedBy: input.actor },
    });
    if (updated.count === 1) return "recorded";
    return (await tx.improvementAction.count({ where: { id: input.actionId } })) ? "already-done" : "missing";
  });
}
