import type { Database } from "../database.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** The active roster person behind a Slack user id, or null for someone not on the roster. */
export async function findPersonBySlackId(db: Database, slackUserId: string): Promise<RosterPerson | null> {
  const person = await db.prisma.person.findUnique({ where: { slackUserId } });
  if (!person || !person.active) return null;
  return {
    id: person.id,
    slackUserId: person.slackUserId,
    name: person.name,
    roles: person.roles,
    departmentId: person.departmentId,
    timeZone: person.timeZone,
  };
}
