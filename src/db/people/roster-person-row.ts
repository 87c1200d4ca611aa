import { Prisma } from "../../generated/prisma/client.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { Role, RosterPerson } from "../../domain/roster/roster-person.js";
import { platformOrUndefined } from "./platform-or-undefined.js";
import { personIdentitiesSql } from "./person-identities-sql.js";

/** A person as `rosterPersonColumns` selects them (from `people p`). */
export interface RosterPersonRow {
  id: number;
  ids: PlatformIdentities;
  name: string;
  roles: Role[];
  department_id: number | null;
  time_zone: string | null;
  preferred_platform: string | null;
}

/** The columns of a roster person, their identities included, for a query over `people p`. */
export const rosterPersonColumns = Prisma.raw(
  `p.id, ${personIdentitiesSql("p.id")} AS ids, p.name, p.roles::text[] AS roles, p.department_id, p.time_zone, p.preferred_platform`,
);

export function toRosterPerson(row: RosterPersonRow): RosterPerson {
  return {
    id: row.id,
    ids: row.ids,
    name: row.name,
    roles: row.roles,
    departmentId: row.department_id,
    timeZone: row.time_zone,
    preferredPlatform: platformOrUndefined(row.preferred_platform),
  };
}
