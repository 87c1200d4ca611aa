import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { queryReadOnly } from "../query-read-only.js";
import { type RosterPersonRow, rosterPersonColumns, toRosterPerson } from "./roster-person-row.js";

/**
 * The active roster person behind a Teams user: their `teams` identity holds their AAD object id (what
 * every activity carries as `from.aadObjectId`) or their UPN (sign-in name, matched case-insensitively).
 * With a UPN (which Teams gives only through its member lookup), a person without a Teams identity is
 * also found by their work e-mail — usually the same address. Null for someone not on the roster.
 */
export async function findPersonByTeamsId(db: Database, aadObjectId: string, upn?: string): Promise<RosterPerson | null> {
  const byUpn = upn ?? null;
  const [person] = await queryReadOnly<RosterPersonRow>(
    db,
    Prisma.sql`SELECT ${rosterPersonColumns}
               FROM people p LEFT JOIN person_identities t ON t.person_id = p.id AND t.platform = 'teams'
               WHERE p.active AND (t.external_id = ${aadObjectId}
                 OR (${byUpn}::text IS NOT NULL AND (lower(t.external_id) = lower(${byUpn}::text)
                     OR (t.id IS NULL AND lower(p.email) = lower(${byUpn}::text)))))
               ORDER BY t.external_id = ${aadObjectId} DESC NULLS LAST, t.id IS NOT NULL DESC LIMIT 1`,
  );
  return person ? toRosterPerson(person) : null;
}
