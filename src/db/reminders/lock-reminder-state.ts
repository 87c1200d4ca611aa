import type { Tx } from "../with-actor.js";

/**
 * Takes the row lock of a reminder item's state (creating the row if needed), so two simultaneous
 * presses — on two replicas — take turns and the second sees the first. Returns who already marked it
 * done, if anyone.
 */
export async function lockReminderState(tx: Tx, itemKey: string, now: Date): Promise<{ doneBy: string; doneAt: Date } | null> {
  await tx.$executeRawUnsafe(`INSERT INTO reminder_states (item_key, updated_at) VALUES ($1, $2) ON CONFLICT (item_key) DO NOTHING`, itemKey, now);
  const [state] = await tx.$queryRawUnsafe<{ done_at: Date | null; done_by: string | null }[]>(
    `SELECT done_at, done_by FROM reminder_states WHERE item_key = $1 FOR UPDATE`,
    itemKey,
  );
  return state?.done_at ? { doneBy: state.done_by ?? "someone", doneAt: new Date(state.done_at) } : null;
}
