import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { Platform, PlatformIdentities } from "../../domain/roster/platform-identity.js";
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
 * The active roster person behind a platform's user id (a Slack member id, a Teams user id), or null for
 * someone not on the roster. Runs on every command and button, so it reads through the driver directly
 * (see query-read-only.ts).
 */
export async function findPersonByIdentity(db: Database, platform: Platform, externalId: string): Promise<RosterPerson | null> {
  const [person] = await queryReadOnly<PersonRow>(
    db,
    Prisma.sql`SELECT p.id, ${Prisma.raw(personIdentitiesSql("p.id"))} AS ids, p.name, p.roles::text[] AS roles, p.department_id, p.time_zone, p.preferred_platform
               FROM person_identities i JOIN people p ON p.id = i.person_id
               WHERE i.platform = ${platform} AND i.external_id = ${externalId} AND p.active`,
  );
  if (!person) return null;
  return {
    id: person.id,
    ids: person.ids,
    name: person.name,
    roles: person.roles,
    departmentId: person.department_id,
    timeZone: person.time_zone,
    preferredPlatform: platformOrUndefined(person.preferred_platform),
  };
}
