import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { Role, RosterPerson } from "../../domain/roster/roster-person.js";
import { queryReadOnly } from "../query-read-only.js";
import { platformOrUndefined } from "./platform-or-undefined.js";
import { personIdentitiesSql } from "./person-identities-sql.js";

interface PersonRow {
  id: number;
  ids: PlatformIdentities;
  name: string;
  roles: Role[];
  department_id: number | null;
  time_zone: string | null;
  preferred_platform: string | null;
}

/**
 * The active roster person behind a Teams user: their `teams` identity holds their AAD object id (what
 * every activity carries as `from.aadObjectId`) or their UPN (sign-in name, matched case-insensitively).
 * With a UPN (which Teams gives only through its member lookup), a person without a Teams identity is
 * also found by their work e-mail — usually the same address. Null for someone not on the roster.
 */
export async function findPersonByTeamsId(db: Database, aadObjectId: string, upn?: string): Promise<RosterPerson | null> {
  const byUpn = upn ?? null;
  const [person] = await queryReadOnly<PersonRow>(
    db,
    Prisma.sql`SELECT p.id, ${Prisma.raw(personIdentitiesSql("p.id"))} AS ids, p.name, p.roles::text[] AS roles, p.department_id, p.time_zone, p.preferred_platform
               FROM people p LEFT JOIN person_identities t ON t.person_id = p.id AND t.platform = 'teams'
               WHERE p.active AND (t.external_id = ${aadObjectId}
                 OR (${byUpn}::text IS NOT NULL AND (lower(t.external_id) = lower(${byUpn}::text)
                     OR (t.id IS NULL AND lower(p.email) = lower(${byUpn}::text)))))
               ORDER BY t.external_id = ${aadObjectId} DESC NULLS LAST, t.id IS NOT NULL DESC LIMIT 1`,
  );
  if (!person) return null;
  return { id: person.id, ids: person.ids, name: person.name, roles: person.roles, departmentId: person.department_id, timeZone: person.time_zone, preferredPlatform: platformOrUndefined(person.preferred_platform) };
}
