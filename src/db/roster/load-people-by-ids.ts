import type { Database } from "../database.js";

/** People by id (active or not: an old absence may name a deputy who left), for naming them in answers. */
export async function loadPeopleByIds(db: Database, ids: readonly number[]): Promise<Map<number, { id: number; name: string; slackUserId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.prisma.$queryRaw<{ id: number; name: string; slack_user_id: string }[]>`
    SELECT id, name, slack_user_id FROM people WHERE id = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, slackUserId: row.slack_user_id }]));
}
