import type { Database } from "../database.js";

/** Every active person's Teams identity, e-mail and Slack id: how the Teams console signs in as them. */
export async function listTeamsIdentities(db: Database): Promise<{ slackUserId: string; name: string; email: string | null; teamsUserId: string | null }[]> {
  return db.prisma.person.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { slackUserId: true, name: true, email: true, teamsUserId: true },
  });
}
