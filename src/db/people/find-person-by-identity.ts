import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { queryReadOnly } from "../query-read-only.js";
import { type RosterPersonRow, rosterPersonColumns, toRosterPerson } from "./roster-person-row.js";

/**
 * The active roster person behind a platform's user id (a Slack member id, a Teams user id), or null for
 * someone not on the roster. Runs on every command and button, so it reads through the driver directly
 * (see query-read-only.ts).
 */
export async function findPersonByIdentity(db: Database, platform: Platform, externalId: string): Promise<RosterPerson | null> {
  const [person] = await queryReadOnly<RosterPersonRow>(
    db,
    Prisma.sql`SELECT ${rosterPersonColumns}
               FROM person_identities i JOIN people p ON p.id = i.person_id
               WHERE i.platform = ${platform} AND i.external_id = ${externalId} AND p.active`,
  );
  return person ? toRosterPerson(person) : null;
}
