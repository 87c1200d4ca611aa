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
 * Active people a typed handle may mean: the member id itself, else those whose name, ignoring case,
 * spaces and punctuation, starts with it (`@lukas` → Lukas Meyer). At most 6, by name.
 */
export async function findPeopleByHandleExact(db: Database, handle: string): Promise<HandledPerson[]> {
  const normalised = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const pattern = `${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.prisma.$queryRaw<Array<{ id: number; slack_id: string | null; ids: PlatformIdentities; name: string; roles: Role[]; department_id: number | null; time_zone: string | null; preferred_platform: string | null }>>`
    SELECT people.id, si.external_id AS slack_id, ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids, people.name, people.roles::text[] AS roles, people.department_id, people.time_zone, people.preferred_platform
      FROM people LEFT JOIN person_identities si ON si.person_id = people.id AND si.platform = 'slack'
     WHERE people.active AND (si.external_id IS NOT DISTINCT FROM ${handle} OR (${normalised} <> '' AND lower(regexp_replace(people.name, '[^[:alnum:]]', '', 'g')) LIKE ${pattern}))
     ORDER BY (si.external_id IS NOT DISTINCT FROM ${handle}) DESC, people.name LIMIT 6`;
  const exact = rows.find((row) => row.slack_id === handle);
  return (exact ? [exact] : rows).map((row) => ({ id: row.id, ids: row.ids, name: row.name, roles: row.roles, departmentId: row.department_id, timeZone: row.time_zone, preferredPlatform: platformOrUndefined(row.preferred_platform) }));
}
