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
 * every activity carries as `from.aadObjectId`) or their UPN (sign-in name, matched case-insensitively).
 * With a UPN (which Teams gives only through its member lookup), a person without a Teams id is also
 * found by their work e-mail — usually the same address. Null for someone not on the roster.
 */
export async function findPersonByTeamsId(db: Database, aadObjectId: string, upn?: string): Promise<RosterPerson | null> {
  const [person] = await queryReadOnly<PersonRow>(
    db,
    Prisma.sql`SELECT id, slack_user_id, name, roles::text[] AS roles, department_id, time_zone
               FROM people
               WHERE active AND (teams_user_id = ${aadObjectId}
                 OR (${upn ?? null}::text IS NOT NULL AND (lower(teams_user_id) = lower(${upn ?? null}::text)
                     OR (teams_user_id IS NULL AND lower(email) = lower(${upn ?? null}::text)))))
               ORDER BY teams_user_id = ${aadObjectId} DESC NULLS LAST, teams_user_id IS NOT NULL DESC LIMIT 1`,
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
