import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { Role, RosterPerson } from "../../domain/roster/roster-person.js";
import { Prisma } from "../../generated/prisma/client.js";
import { platformOrUndefined } from "../people/platform-or-undefined.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { Tx } from "../with-actor.js";

interface Row {
  id: number;
  ids: PlatformIdentities;
  name: string;
  roles: Role[];
  department_id: number | null;
  time_zone: string | null;
  preferred_platform: string | null;
}

/**
 * Every active person who can belong to some case's tiers (a tier role, a department head, a customer's
 * owner): read once per batch, then matched to each case with `tiersOfPerson`.
 */
export async function loadEscalationStaff(tx: Tx): Promise<RosterPerson[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT p.id, ${Prisma.raw(personIdentitiesSql("p.id"))} AS ids, p.name, p.roles::text[] AS roles, p.department_id, p.time_zone, p.preferred_platform
      FROM people p
     WHERE p.active
       AND (p.roles && ARRAY['owner', 'frontline', 'department_head', 'tech_support', 'executive', 'admin']::"Role"[]
            OR EXISTS (SELECT 1 FROM customers c WHERE c.owner_id = p.id)
            OR EXISTS (SELECT 1 FROM departments d WHERE d.head_id = p.id))
     ORDER BY p.id`;
  return rows.map((row) => ({
    id: row.id,
    ids: row.ids,
    name: row.name,
    roles: row.roles,
    departmentId: row.department_id,
    timeZone: row.time_zone,
    preferredPlatform: platformOrUndefined(row.preferred_platform),
  }));
}
