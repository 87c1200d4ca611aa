import type { Database } from "../database.js";

/**
 * Roster people a typed `@handle` may mean: the Slack member id itself, else people whose name,
 * ignoring case, spaces and punctuation, starts with it (`@mei`, `@meichen`, `@mei.chen` → Mei Chen).
 */
export async function findPeopleByHandle(db: Database, handle: string): Promise<Array<{ slackUserId: string; name: string }>> {
  const normalised = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const pattern = `${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.prisma.$queryRaw<Array<{ slackUserId: string; name: string }>>`
    SELECT slack_user_id AS "slackUserId", name FROM people
     WHERE active AND (slack_user_id = ${handle} OR lower(regexp_replace(name, '[^[:alnum:]]', '', 'g')) LIKE ${pattern})
     ORDER BY name LIMIT 6`;
}
