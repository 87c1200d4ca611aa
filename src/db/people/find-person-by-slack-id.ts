import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import type { Role, RosterPerson } from "../../domain/roster/roster-person.js";
import { queryReadOnly } from "../query-read-only.js";

interface PersonRow {
  id: number;
  slack_user_id: string;
  name: string;
  roles: Role[];
  department_id: number | null;
  time_zone: string | null;
}

/**
 * The active roster person behind a Slack user id, or null for someone not on the roster. Runs on
 * every command and button, so it reads through the driver directly (see query-read-only.ts).
 */
export async function findPersonBySlackId(db: Database, slackUserId: string): Promise<RosterPerson | null> {
  const [person] = await queryReadOnly<PersonRow>(
    db,
    Prisma.sql`SELECT id, slack_user_id, name, roles::text[] AS roles, department_id, time_zone
               FROM people WHERE slack_user_id = ${slackUserId} AND active`,
  );
  if (!person) return null;
  return {
    id: person.id,
    slackUserId: person.slack_user_id,
    name: person.name,
    roles: person.roles,
    departmentId: person.department_id,
    timeZone: person.time_zone,
  };
}
