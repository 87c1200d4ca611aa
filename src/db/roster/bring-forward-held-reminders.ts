import type { Tx } from "../with-actor.js";

/**
 * Reminders held for someone's return (pending digest items addressed to them, due at the return
 * moment) are moved to the new return moment when the absence is cancelled early.
 */
export async function bringForwardHeldReminders(tx: Tx, recipient: string, heldUntil: Date, newMoment: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE deliveries SET due_at = ${newMoment}
     WHERE recipient = ${recipient} AND status = 'pending' AND due_at = ${heldUntil} AND payload ? 'digest'`;
}
