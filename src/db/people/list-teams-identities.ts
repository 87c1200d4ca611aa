import type { Database } from "../database.js";

/** Every active person's identities and e-mail: how the Teams console signs in as them. */
export async function listTeamsIdentities(db: Database): Promise<{ id: number; name: string; email: string | null; slackUserId: string | null; teamsUserId: string | null }[]> {
  const people = await db.prisma.person.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, identities: { select: { platform: true, externalId: true } } },
  });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    email: person.email,
    slackUserId: person.identities.find((identity) => identity.platform === "slack")?.externalId ?? null,
    teamsUserId: person.identities.find((identity) => identity.platform === "teams")?.externalId ?? null,
  }));
}
