import { Prisma } from "../../generated/prisma/client.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

/** A customer row with its owner, as `customerProfileSelect` returns it. */
export interface CustomerProfileRow {
  id: number;
  key: string;
  name: string;
  aliases: string[];
  tier: CustomerProfile["tier"];
  value_segment: CustomerProfile["valueSegment"];
  started_on: string | null;
  owner_id: number | null;
  owner_ids: PlatformIdentities | null;
  owner_name: string | null;
  owner_department_id: number | null;
}

/** `SELECT … FROM customers c LEFT JOIN people p` — add a WHERE on `c.` / `p.`. */
export const customerProfileSelect = Prisma.sql`
  SELECT c.id, c.key, c.name, c.aliases, c.tier::text AS tier, c.value_segment::text AS value_segment,
         to_char(c.started_on, 'YYYY-MM-DD') AS started_on,
         p.id AS owner_id, CASE WHEN p.id IS NOT NULL THEN ${Prisma.raw(personIdentitiesSql("p.id"))} END AS owner_ids, p.name AS owner_name, p.department_id AS owner_department_id
    FROM customers c LEFT JOIN people p ON p.id = c.owner_id`;

export function toCustomerProfile(row: CustomerProfileRow): CustomerProfile {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    aliases: row.aliases,
    tier: row.tier,
    valueSegment: row.value_segment,
    startedOn: row.started_on,
    owner:
      row.owner_id === null
        ? null
        : { id: row.owner_id, ids: row.owner_ids!, name: row.owner_name!, departmentId: row.owner_department_id },
  };
}
