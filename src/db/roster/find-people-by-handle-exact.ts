import { Prisma } from "../../generated/prisma/client.js";
import type { Platform, PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { platformOrUndefined } from "../people/platform-or-undefined.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { Role } from "../../domain/roster/roster-person.js";
import type { Database } from "../database.js";

export interface HandledPerson {
  id: number;
  ids: PlatformIdentities;
  name: string;
  roles: Role[];
  departmentId: number | null;
  timeZone: string | null;
  preferredPlatform?: Platform;
}

/**
 * Active people a typed handle may mean: someone whose id on a platform is the handle itself, else those
 * whose name, ignoring case, spaces and punctuation, starts with it (`@lukas` → Lukas Meyer). At most 6, by name.
 */
export async function findPeopleByHandleExact(db: Database, handle: string): Promise<HandledPerson[]> {
  const normalised = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const pattern = `${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.prisma.$queryRaw<Array<{ id: number; by_id: boolean; ids: PlatformIdentities; name: string; roles: Role[]; department_id: number | null; time_zone: string | null; preferred_platform: string | null }>>`
    SELECT people.id, EXISTS (SELECT 1 FROM person_identities i WHERE i.person_id = people.id AND i.external_id = ${handle}) AS by_id,
           ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids, people.name, people.roles::text[] AS roles, people.department_id, people.time_zone, people.preferred_platform
      FROM people
     WHERE people.active AND (EXISTS (SELECT 1 FROM person_identities i WHERE i.person_id = people.id AND i.external_id = ${handle})
                              OR (${normalised} <> '' AND lower(regexp_replace(people.name, '[^[:alnum:]]', '', 'g')) LIKE ${pattern}))
     ORDER BY 2 DESC, people.name LIMIT 6`;
  const exact = rows.find((row) => row.by_id);
  return (exact ? [exact] : rows).map((row) => ({ id: row.id, ids: row.ids, name: row.name, roles: row.roles, departmentId: row.department_id, timeZone: row.time_zone, preferredPlatform: platformOrUndefined(row.preferred_platform) }));
}
