import { Prisma } from "../../generated/prisma/client.js";
import type { Database } from "../database.js";
import { queryReadOnly } from "../query-read-only.js";

/** Names and Teams ids of the people behind Slack user ids (a Teams card mentions them by these). */
export async function loadPeopleBySlackIds(db: Database, slackUserIds: readonly string[]): Promise<Map<string, { name: string; teams?: string }>> {
  if (slackUserIds.length === 0) return new Map();
  const rows = await queryReadOnly<{ slack_user_id: string; name: string; teams_user_id: string | null }>(
    db,
    Prisma.sql`SELECT slack_user_id, name, teams_user_id FROM people WHERE slack_user_id IN (${Prisma.join([...new Set(slackUserIds)])})`,
  );
  return new Map(rows.map((row) => [row.slack_user_id, { name: row.name, ...(row.teams_user_id ? { teams: row.teams_user_id } : {}) }]));
}
