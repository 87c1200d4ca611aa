import type { Tx } from "../with-actor.js";

/**
 * What has been done with a reminder item so far: who marked it done, who last snoozed it until when —
 * each by the actor recorded (a Slack id, `teams:…`) and, when that is a roster person, their name.
 */
export interface LockedReminderState {
  done: { doneBy: string; doneByName: string | null; doneAt: Date } | null;
  snoozed: { snoozedBy: string; snoozedByName: string | null; until: Date } | null;
}

/** The roster name of the person an actor string names (a bare Slack id or `teams:<id>`). */
const nameOf = (actor: string) => `(SELECT p.name FROM person_identities i JOIN people p ON p.id = i.person_id
  WHERE (i.platform = 'slack' AND i.external_id = ${actor}) OR (i.platform = 'teams' AND 'teams:' || i.external_id = ${actor}) LIMIT 1)`;

/**
 * Takes the row lock of a reminder item's state (creating the row if needed), so two simultaneous
 * presses — on two replicas — take turns and the second sees the first. Returns what the item's state
 * says so far.
 */
export async function lockReminderState(tx: Tx, itemKey: string, now: Date): Promise<LockedReminderState> {
  await tx.$executeRawUnsafe(`INSERT INTO reminder_states (item_key, updated_at) VALUES ($1, $2) ON CONFLICT (item_key) DO NOTHING`, itemKey, now);
  const [state] = await tx.$queryRawUnsafe<{ done_at: Date | null; done_by: string | null; done_name: string | null; snoozed_until: Date | null; snoozed_by: string | null; snoozed_name: string | null }[]>(
    `SELECT done_at, done_by, ${nameOf("done_by")} AS done_name, snoozed_until, snoozed_by, ${nameOf("snoozed_by")} AS snoozed_name FROM reminder_states WHERE item_key = $1 FOR UPDATE OF reminder_states`,
    itemKey,
  );
  return {
    done: state?.done_at ? { doneBy: state.done_by ?? "someone", doneByName: state.done_name, doneAt: new Date(state.done_at) } : null,
    snoozed: state?.snoozed_until ? { snoozedBy: state.snoozed_by ?? "someone", snoozedByName: state.snoozed_name, until: new Date(state.snoozed_until) } : null,
  };
}
