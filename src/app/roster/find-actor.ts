import type { Database } from "../../db/database.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** The roster person behind a chat user id (who typed a command, pressed a button, submitted a form); null when not on the roster. */
export async function findActor(db: Database, platform: Platform, userId: string): Promise<RosterPerson | null> {
  return findPersonByIdentity(db, platform, userId);
}
