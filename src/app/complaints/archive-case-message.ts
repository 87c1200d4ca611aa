import { archiveComplaintMessage, type IncomingMessage } from "../../db/complaints/archive-complaint-message.js";
import type { Database } from "../../db/database.js";

/**
 * A person's message in a case's conversation (the card's or a notice's thread, the temporary team) goes
 * on the case's timeline, once per message however often the platform redelivers it. Returns the case
 * it was archived to, or null when the message belongs to no case.
 */
export function archiveCaseMessage(deps: { db: Database }, message: IncomingMessage): Promise<number | null> {
  return archiveComplaintMessage(deps.db, message);
}
