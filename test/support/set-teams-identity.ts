import type { Database } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";

/** Gives the person with a Slack member id a Teams identity (as people.csv's teams_user_id does). */
export async function setTeamsIdentity(db: Database, slackUserId: string, teamsUserId: string): Promise<void> {
  await withActor(db, "cli:test", async (tx) => {
    const slack = await tx.personIdentity.findUniqueOrThrow({ where: { platform_externalId: { platform: "slack", externalId: slackUserId } } });
    await tx.personIdentity.create({ data: { personId: slack.personId, platform: "teams", externalId: teamsUserId } });
  });
}
