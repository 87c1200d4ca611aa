import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { lockReminderState } from "./lock-reminder-state.js";
import type { DoneEffect } from "../../domain/reminders/due-item.js";

export type CompleteResult =
  | { outcome: "done"; effect: string }
  | { outcome: "already-done"; doneBy: string; doneByName: string | null; doneAt: Date }
  | { outcome: "unknown-item" }
  | { outcome: "not-allowed"; recipient: string };

/**
 * Done on a reminder item, attributed to `actor` (the presser's actorOf: a Slack id, `teams:…`) —
 * `authorId` is their person id, the author of an interaction it logs: records it once (a second press
 * changes nothing and says who did it), applies the item's effect — logs the interaction or completes
 * the improvement action — and withdraws any pending re-send of the item (a snooze).
 */
export async function completeReminderItem(
  db: Database,
  itemKey: string,
  actor: string,
  authorId: number | null,
  now: Date,
  mayAct: (recipient: string) => boolean,
): Promise<CompleteResult> {
  return withActor(db, actor, async (tx) => {
    const [original] = await tx.$queryRawUnsafe<{ customer_id: number | null; recipient: string; payload: { digest?: { done?: DoneEffect } } }[]>(
      `SELECT customer_id, recipient, payload FROM deliveries WHERE key = $1`,
      itemKey,
    );
    if (!original) return { outcome: "unknown-item" };
    if (!mayAct(original.recipient)) return { outcome: "not-allowed", recipient: original.recipient };
    const { done } = await lockReminderState(tx, itemKey, now);
    if (done) return { outcome: "already-done", ...done };
    await tx.$executeRawUnsafe(`UPDATE reminder_states SET done_at = $2, done_by = $3, updated_at = $2 WHERE item_key = $1`, itemKey, now, actor);
    await tx.$executeRawUnsafe(
      `UPDATE deliveries SET status = 'skipped', last_error = $2 WHERE left(key, length($1) + 1) = $1 || '#' AND status IN ('pending', 'failed')`,
      itemKey,
      `done by ${actor}`,
    );
    const effect = original.payload?.digest?.done ?? { kind: "acknowledge" };
    if (effect.kind === "log-interaction" && original.customer_id !== null) {
      await tx.$executeRawUnsafe(
        `INSERT INTO interactions (customer_id, kind, occurred_at, author_id, summary, updated_at)
         VALUES ($1, $2, $3, $4, $5, $3) ON CONFLICT (customer_id, occurred_at, kind) DO NOTHING`,
        original.customer_id,
        effect.interactionKind,
        now,
        authorId,
        effect.summary,
      );
      return { outcome: "done", effect: `logged a ${effect.interactionKind} interaction` };
    }
    if (effect.kind === "complete-action") {
      await tx.$executeRawUnsafe(
        `UPDATE improvement_actions SET completed_at = $2, completed_by = $3, updated_at = $2 WHERE id = $1 AND completed_at IS NULL`,
        effect.actionId,
        now,
        actor,
      );
      return { outcome: "done", effect: "completed the improvement action" };
    }
    return { outcome: "done", effect: "marked done" };
  });
}
