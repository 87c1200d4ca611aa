import { Prisma } from "../../generated/prisma/client.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { Database } from "../database.js";

/** People by id (active or not: an old absence may name a deputy who left), for naming them in answers. */
export async function loadPeopleByIds(db: Database, ids: readonly number[]): Promise<Map<number, { id: number; name: string; ids: PlatformIdentities }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.prisma.$queryRaw<{ id: number; name: string; ids: PlatformIdentities }[]>`
    SELECT id, name, ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids FROM people WHERE id = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, ids: row.ids }]));
}
