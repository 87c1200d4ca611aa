import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { Tx } from "../with-actor.js";

/**
 * Every active person who can belong to some case's tiers (owners and the tier roles): read once per
 * batch, then matched to each case with `tiersOfPerson`.
 */
export async function loadEscalationStaff(tx: Tx): Promise<RosterPerson[]> {
  const people = await tx.person.findMany({
    where: {
      active: true,
      OR: [
        { roles: { hasSome: ["owner", "frontline", "department_head", "tech_support", "executive", "admin"] } },
        { customersOwned: { some: {} } },
        { headOf: { some: {} } },
      ],
    },
    orderBy: { id: "asc" },
  });
  return people.map((person) => ({
    id: person.id,
    slackUserId: person.slackUserId,
    name: person.name,
    roles: person.roles,
    departmentId: person.departmentId,
    timeZone: person.timeZone,
  }));
}
