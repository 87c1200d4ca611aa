import { Prisma } from "../../generated/prisma/client.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { platformOrUndefined } from "../people/platform-or-undefined.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { AbsentPerson } from "../../domain/roster/absence/absence.js";
import type { Tx } from "../with-actor.js";

/** Active people by id with their zone (the team's when the roster has none), as the absence rules read them. */
export async function loadAbsentPeople(tx: Pick<Tx, "$queryRaw">, ids: readonly number[], teamZone: string): Promise<Map<number, AbsentPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: number; ids: PlatformIdentities; name: string; time_zone: string | null; preferred_platform: string | null }[]>`
    SELECT id, ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids, name, time_zone, preferred_platform FROM people WHERE active AND id = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.map((row) => [row.id, { id: row.id, ids: row.ids, name: row.name, timeZone: row.time_zone ?? teamZone, preferredPlatform: platformOrUndefined(row.preferred_platform) }]));
}
