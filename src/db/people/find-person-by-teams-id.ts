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
 * The active roster person behind a Teams user: `people.teams_user_id` holds their AAD object id (what
 * every activity carries as `from.aadObjectId`) or their UPN (matched case-insensitively, for rosters
 * written by hand). Null for someone not on the roster.
 */
export async function findPersonByTeamsId(db: Database, aadObjectId: string, upn?: string): Promise<RosterPerson | null> {
  const [person] = await queryReadOnly<PersonRow>(
    db,
    Prisma.sql`SELECT id, slack_user_id, name, roles::text[] AS roles, department_id, time_zone
               FROM people
               WHERE active AND (teams_user_id = ${aadObjectId} OR lower(teams_user_id) = lower(${upn ?? aadObjectId}))
               ORDER BY teams_user_id = ${aadObjectId} DESC LIMIT 1`,
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
