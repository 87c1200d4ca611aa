import { Prisma } from "../../generated/prisma/client.js";
import { identityOfActor } from "../../domain/roster/identity-of-actor.js";

/**
 * The SQL expression of the roster person's id an actor name stands for (identityOfActor): a Slack or
 * Teams identity's person, `person:<id>`, or NULL for Steward's own actors and unknown people.
 */
export function actorPersonIdSql(actor: string | null): Prisma.Sql {
  const who = actor === null ? ({ kind: "none" } as const) : identityOfActor(actor);
  switch (who.kind) {
    case "identity":
      return Prisma.sql`(SELECT person_id FROM person_identities WHERE platform = ${who.platform} AND external_id = ${who.id})`;
    case "person":
      return Prisma.sql`(SELECT id FROM people WHERE id = ${who.personId})`;
    case "none":
      return Prisma.sql`NULL::int`;
  }
}
