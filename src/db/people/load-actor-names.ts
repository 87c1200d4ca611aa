import { Prisma } from "../../generated/prisma/client.js";
import { identityOfActor } from "../../domain/roster/identity-of-actor.js";
import type { Database } from "../database.js";
import { queryReadOnly } from "../query-read-only.js";

/**
 * The roster names of stored actor names (actorOf: a Slack id, `teams:…`, `person:<id>`), in one query:
 * actor → name, for those the roster knows. Steward's own actors (`steward`, `cli:…`) are left out.
 */
export async function loadActorNames(db: Database, actors: readonly string[]): Promise<Record<string, string>> {
  const identities = [...new Set(actors)].flatMap((actor) => {
    const who = identityOfActor(actor);
    return who.kind === "identity" ? [{ actor, platform: who.platform, id: who.id }] : who.kind === "person" ? [{ actor, platform: "person", id: String(who.personId) }] : [];
  });
  if (identities.length === 0) return {};
  const rows = await queryReadOnly<{ actor: string; name: string }>(
    db,
    Prisma.sql`SELECT wanted.actor, p.name
                 FROM unnest(${identities.map((i) => i.actor)}::text[], ${identities.map((i) => i.platform)}::text[], ${identities.map((i) => i.id)}::text[]) AS wanted(actor, platform, id)
                 JOIN people p ON (wanted.platform = 'person' AND p.id::text = wanted.id)
                   OR p.id = (SELECT pi.person_id FROM person_identities pi WHERE pi.platform = wanted.platform AND pi.external_id = wanted.id)`,
  );
  return Object.fromEntries(rows.map((row) => [row.actor, row.name]));
}
