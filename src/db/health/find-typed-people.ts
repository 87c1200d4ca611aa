import type { Database } from "../database.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { TypedPerson } from "../../domain/roster/typed-person.js";
import { Prisma } from "../../generated/prisma/client.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

/**
 * Roster people a typed person may mean. A mention is the one person with that identity (active or not:
 * a customer may still be owned by someone who left). An `@handle` is an active person whose id on a
 * platform it is, else active people whose name, ignoring case, spaces and punctuation, starts with it
 * (`@mei`, `@meichen`, `@mei.chen` → Mei Chen).
 */
export async function findTypedPeople(db: Database, typed: TypedPerson): Promise<Array<{ id: number; ids: PlatformIdentities; name: string }>> {
  const columns = Prisma.sql`id, ${Prisma.raw(personIdentitiesSql("people.id"))} AS ids, name`;
  if ("identity" in typed) {
    return db.prisma.$queryRaw`
      SELECT ${columns} FROM people
       WHERE id = (SELECT person_id FROM person_identities WHERE platform = ${typed.identity.platform} AND external_id = ${typed.identity.id})`;
  }
  const normalised = typed.handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const pattern = `${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.prisma.$queryRaw`
    SELECT ${columns} FROM people
     WHERE active AND (id IN (SELECT person_id FROM person_identities WHERE external_id = ${typed.handle}) OR lower(regexp_replace(name, '[^[:alnum:]]', '', 'g')) LIKE ${pattern})
     ORDER BY name LIMIT 6`;
}
