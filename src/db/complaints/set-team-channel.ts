import type { Database } from "../database.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import { withActor } from "../with-actor.js";

/** Records the temporary team conversation of a case (a new one when the old could not be unarchived). */
export async function setTeamChannel(db: Database, actor: string, complaintId: number, team: { platform: Platform; channel: string }): Promise<void> {
  await withActor(db, actor, (tx) =>
    tx.complaint.update({ where: { id: complaintId }, data: { teamPlatform: team.platform, teamChannel: team.channel } }),
  );
}
