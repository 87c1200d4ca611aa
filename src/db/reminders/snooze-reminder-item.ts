import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { lockReminderState } from "./lock-reminder-state.js";
import { insertDeliveries } from "../deliveries/insert-deliveries.js";
import { remarkItemMessage } from "../../domain/reminders/reminder-item-message.js";
import type { DeliveryPayload, StoredSlackPayload } from "../../domain/deliveries/delivery-request.js";

export type SnoozeResult =
  | { outcome: "snoozed"; until: Date }
  | { outcome: "already-done"; doneBy: string; doneByName: string | null; doneAt: Date }
  /** Snoozed already and not back yet (a press arriving twice): nothing more is scheduled. */
  | { outcome: "already-snoozed"; snoozedBy: string; snoozedByName: string | null; until: Date }
  | { outcome: "unknown-item" }
  | { outcome: "not-allowed"; recipient: string };

/**
 * Snooze: the item comes back at `until` as a new ledger entry (`<key>#snooze@<until>`), so it is sent
 * then exactly once, whichever replica is running. An item snoozed already and not back yet stays as
 * it is: a second press (a retry, a double click, another copy of the card) schedules nothing more.
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
    const [original] = await tx.$queryRawUnsafe<{ rule: string; customer_id: number | null; recipient: string; payload: DeliveryPayload | StoredSlackPayload }[]>(
      `SELECT rule, customer_id, recipient, payload FROM deliveries WHERE key = $1`,
      itemKey,
    );
    if (!original) return { outcome: "unknown-item" };
    if (!mayAct(original.recipient)) return { outcome: "not-allowed", recipient: original.recipient };
    const { done, snoozed } = await lockReminderState(tx, itemKey, now);
    if (done) return { outcome: "already-done", ...done };
    if (snoozed && snoozed.until > now) return { outcome: "already-snoozed", ...snoozed };
    await tx.$executeRawUnsafe(
      `UPDATE reminder_states SET snoozed_until = $2, snoozed_by = $3, updated_at = $4 WHERE item_key = $1`,
      itemKey,
      until,
      actor,
      now,
    );
    await insertDeliveries(tx, [
      {
        key: `${itemKey}#snooze@${until.toISOString()}`,
        rule: original.rule,
        customerId: original.customer_id ?? undefined,
        recipient: original.recipient,
        dueAt: until,
        payload: snoozedPayload(original.payload),
      },
    ]);
    return { outcome: "snoozed", until };
  });
}

/** The item again, saying it was snoozed (and no longer that it came late). */
function snoozedPayload(payload: DeliveryPayload | StoredSlackPayload): DeliveryPayload | StoredSlackPayload {
  if (payload.message) return { ...payload, message: remarkItemMessage(payload.message, { kind: "snoozed" }) };
  // An item stored before the ledger held neutral messages: its Slack text and blocks, re-marked.
  const text = `${payload.text.replace(/ _\(late: was due [^)]*\)_$/, "")} _(snoozed)_`;
  return { ...payload, text, blocks: (payload.blocks ?? []).map((block) => retext(block, payload.text, text)) };
}

/** The item's section block with the new text; other blocks unchanged. */
function retext(block: unknown, oldText: string, newText: string): unknown {
  const b = block as { type?: string; text?: { type: string; text: string } };
  if (b.type !== "section" || !b.text || !b.text.text.startsWith(oldText)) return block;
  return { ...b, text: { ...b.text, text: newText + b.text.text.slice(oldText.length) } };
}
