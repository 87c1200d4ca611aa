import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { type RosterPersonRow, rosterPersonColumns, toRosterPerson } from "../people/roster-person-row.js";
import type { Tx } from "../with-actor.js";

/**
 * Every active person who can belong to some case's tiers (a tier role, a department head, a customer's
 * owner): read once per batch, then matched to each case with `tiersOfPerson`.
 */
export async function loadEscalationStaff(tx: Tx): Promise<RosterPerson[]> {
  const rows = await tx.$queryRaw<RosterPersonRow[]>`
    SELECT ${rosterPersonColumns}
      FROM people p
     WHERE p.active
       AND (p.roles && ARRAY['owner', 'frontline', 'department_head', 'tech_support', 'executive', 'admin']::"Role"[]
            OR EXISTS (SELECT 1 FROM customers c WHERE c.owner_id = p.id)
            OR EXISTS (SELECT 1 FROM departments d WHERE d.head_id = p.id))
     ORDER BY p.id`;
  return rows.map(toRosterPerson);
}
