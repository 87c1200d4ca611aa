import type { Database } from "../database.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { Prisma } from "../../generated/prisma/client.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

/**
 * Roster people a typed `@handle` may mean: the person with that Slack member id, else people whose name,
 * ignoring case, spaces and punctuation, starts with it (`@mei`, `@meichen`, `@mei.chen` → Mei Chen).
 */
export async function findPeopleByHandle(db: Database, handle: string): Promise<Array<{ ids: PlatformIdentities; name: string }>> {
  const normalised = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const pattern = `${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.prisma.$queryRaw<Array<{ ids: PlatformIdentities; name: string }>>`
    SELECT ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids, name FROM people
     WHERE active AND (id = (SELECT person_id FROM person_identities WHERE platform = 'slack' AND external_id = ${handle}) OR lower(regexp_replace(name, '[^[:alnum:]]', '', 'g')) LIKE ${pattern})
     ORDER BY name LIMIT 6`;
}
