import type { Tx } from "../with-actor.js";

/**
 * Takes the person's row lock for the rest of the transaction, so two requests about one person's
 * absences (a double submission, an admin and the person at once) are checked one after the other.
 */
export async function lockPersonAbsences(tx: Tx, personId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM people WHERE id = ${personId} FOR UPDATE`;
}
