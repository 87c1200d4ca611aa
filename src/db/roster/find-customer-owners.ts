import { Prisma } from "../../generated/prisma/client.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { Database } from "../database.js";

export interface CustomerOwners {
  id: number;
  key: string;
  name: string;
  owner: { id: number; name: string; ids: PlatformIdentities; departmentId: number | null } | null;
  /** The recorded head of the owner's department. */
  ownerDepartmentHeadId: number | null;
  deputyOwner: { id: number; name: string; ids: PlatformIdentities } | null;
}

/** A customer by its key (case-insensitive), with its owner, the owner's department head and its deputy owner. */
export async function findCustomerOwners(db: Database, key: string): Promise<CustomerOwners | null> {
  const [row] = await db.prisma.$queryRaw<
    { id: number; key: string; name: string; owner_id: number | null; owner_name: string | null; owner_ids: PlatformIdentities | null; owner_department: number | null; head_id: number | null; deputy_id: number | null; deputy_name: string | null; deputy_ids: PlatformIdentities | null }[]
  >`
    SELECT c.id, c.key, c.name, o.id AS owner_id, o.name AS owner_name, ${Prisma.raw(personIdentitiesSql("o.id"))} AS owner_ids, o.department_id AS owner_department,
           d.head_id, dp.id AS deputy_id, dp.name AS deputy_name, ${Prisma.raw(personIdentitiesSql("dp.id"))} AS deputy_ids
      FROM customers c
      LEFT JOIN people o ON o.id = c.owner_id
      LEFT JOIN departments d ON d.id = o.department_id
      LEFT JOIN people dp ON dp.id = c.deputy_owner_id
     WHERE c.key = upper(${key})`;
  if (!row) return null;
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    owner: row.owner_id === null ? null : { id: row.owner_id, name: row.owner_name!, ids: row.owner_ids!, departmentId: row.owner_department },
    ownerDepartmentHeadId: row.head_id,
    deputyOwner: row.deputy_id === null ? null : { id: row.deputy_id, name: row.deputy_name!, ids: row.deputy_ids! },
  };
}
