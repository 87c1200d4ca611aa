import type { Database } from "../../db/database.js";
import { findPersonBySlackId } from "../../db/people/find-person-by-slack-id.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** The roster person behind a chat user id (who typed a command, pressed a button, submitted a form); null when not on the roster. */
export async function findActor(db: Database, slackUserId: string): Promise<RosterPerson | null> {
  return findPersonBySlackId(db, slackUserId);
}
