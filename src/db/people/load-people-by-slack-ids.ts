import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import { queryReadOnly } from "../query-read-only.js";

/** Names and Teams ids of the people behind Slack user ids (a Teams card mentions them by these). */
export async function loadPeopleBySlackIds(db: Database, slackUserIds: readonly string[]): Promise<Map<string, { name: string; teams?: string }>> {
  if (slackUserIds.length === 0) return new Map();
  const rows = await queryReadOnly<{ slack_user_id: string; name: string; teams_user_id: string | null }>(
    db,
    Prisma.sql`SELECT s.external_id AS slack_user_id, p.name, t.external_id AS teams_user_id
               FROM person_identities s JOIN people p ON p.id = s.person_id
               LEFT JOIN person_identities t ON t.person_id = p.id AND t.platform = 'teams'
               WHERE s.platform = 'slack' AND s.external_id IN (${Prisma.join([...new Set(slackUserIds)])})`,
  );
  return new Map(rows.map((row) => [row.slack_user_id, { name: row.name, ...(row.teams_user_id ? { teams: row.teams_user_id } : {}) }]));
}
