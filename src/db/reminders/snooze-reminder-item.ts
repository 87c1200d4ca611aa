import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { lockReminderState } from "./lock-reminder-state.js";
import { insertDeliveries } from "../deliveries/insert-deliveries.js";
import type { DeliveryPayload } from "../../scheduler/delivery-request.js";

export type SnoozeResult =
  | { outcome: "snoozed"; until: Date }
  | { outcome: "already-done"; doneBy: string; doneAt: Date }
  | { outcome: "unknown-item" }
  | { outcome: "not-allowed"; recipient: string };

/**
 * Snooze: the item comes back at `until` as a new ledger entry (`<key>#snooze@<until>`), so it is sent
 * then exactly once, whichever replica is running.
 */
export async function snoozeReminderItem(
  db: Database,
  itemKey: string,
  actor: string,
  until: Date,
  now: Date,
  mayAct: (recipient: string) => boolean,
): Promise<SnoozeResult> {
  return withActor(db, actor, async (tx) => {
    const [original] = await tx.$queryRawUnsafe<{ rule: string; customer_id: number | null; recipient: string; payload: DeliveryPayload }[]>(
      `SELECT rule, customer_id, recipient, payload FROM deliveries WHERE key = $1`,
      itemKey,
    );
    if (!original) return { outcome: "unknown-item" };
    if (!mayAct(original.recipient)) return { outcome: "not-allowed", recipient: original.recipient };
    const done = await lockReminderState(tx, itemKey, now);
    if (done) return { outcome: "already-done", ...done };
    await tx.$executeRawUnsafe(
      `UPDATE reminder_states SET snoozed_until = $2, snoozed_by = $3, updated_at = $4 WHERE item_key = $1`,
      itemKey,
      until,
      actor,
      now,
    );
    const text = original.payload.text.replace(/ _\(late: was due [^)]*\)_$/, "");
    await insertDeliveries(tx, [
      {
        key: `${itemKey}#snooze@${until.toISOString()}`,
        rule: original.rule,
        customerId: original.customer_id ?? undefined,
        recipient: original.recipient,
        dueAt: until,
        payload: {
          ...original.payload,
          text: `${text} _(snoozed)_`,
          blocks: (original.payload.blocks ?? []).map((block) => retext(block, original.payload.text, `${text} _(snoozed)_`)),
        },
      },
    ]);
    return { outcome: "snoozed", until };
  });
}

/** The item's section block with the new text; other blocks unchanged. */
function retext(block: unknown, oldText: string, newText: string): unknown {
  const b = block as { type?: string; text?: { type: string; text: string } };
  if (b.type !== "section" || !b.text || !b.text.text.startsWith(oldText)) return block;
  return { ...b, text: { ...b.text, text: newText + b.text.text.slice(oldText.length) } };
}
