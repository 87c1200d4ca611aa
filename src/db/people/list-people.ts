import type { Database } from "../database.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** Every active roster person, by name. */
export async function listPeople(db: Database): Promise<RosterPerson[]> {
  const people = await db.prisma.person.findMany({ where: { active: true }, orderBy: { name: "asc" } });
  return people.map((person) => ({
    id: person.id,
    slackUserId: person.slackUserId,
    name: person.name,
    roles: person.roles,
    departmentId: person.departmentId,
    timeZone: person.timeZone,
  }));
}
