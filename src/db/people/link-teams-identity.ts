import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

/**
 * Records the AAD object id a roster person signed in to Teams with as their Teams identity, once:
 * a person listed by e-mail is then known by that id everywhere (presses, forms, deliveries). Does
 * nothing when they already have one, or when the id names someone else.
 */
export async function linkTeamsIdentity(db: Database, personId: number, aadObjectId: string): Promise<void> {
  await withActor(db, `teams:${aadObjectId}`, (tx) =>
    tx.$executeRaw`INSERT INTO person_identities (person_id, platform, external_id) VALUES (${personId}, 'teams', ${aadObjectId})
                   ON CONFLICT DO NOTHING`,
  );
}
