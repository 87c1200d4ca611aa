import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

/**
 * Records the AAD object id a roster person signed in to Teams with as their Teams identity: a person
 * listed by e-mail (no Teams identity) or by sign-in name (`listedAs`, their UPN) is then known by the
 * object id everywhere — presses, forms, and deliveries, which find a person's chat by that id (their
 * undelivered messages are re-addressed). Does
 * nothing when they already have another Teams identity, or when the id names someone else.
 */
export async function linkTeamsIdentity(db: Database, personId: number, aadObjectId: string, listedAs?: string): Promise<void> {
  await withActor(db, `teams:${aadObjectId}`, async (tx) => {
    const replaced = listedAs
      ? await tx.$executeRaw`UPDATE person_identities SET external_id = ${aadObjectId}
                             WHERE person_id = ${personId} AND platform = 'teams' AND lower(external_id) = lower(${listedAs})
                               AND NOT EXISTS (SELECT 1 FROM person_identities WHERE platform = 'teams' AND external_id = ${aadObjectId})`
      : 0;
    if (replaced > 0) {
      // What the ledger still holds for them under the sign-in name follows them to the object id, the
      // address their chat is stored under, and are tried again at once (rows sent already keep where they went).
      await tx.$executeRaw`UPDATE deliveries SET recipient = ${`teams:${aadObjectId}`}, next_attempt_at = NULL
                           WHERE lower(recipient) = lower(${`teams:${listedAs}`}) AND status IN ('pending', 'failed')`;
    } else {
      await tx.$executeRaw`INSERT INTO person_identities (person_id, platform, external_id) VALUES (${personId}, 'teams', ${aadObjectId})
                           ON CONFLICT DO NOTHING`;
    }
  });
}
