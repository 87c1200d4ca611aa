import type { Platform } from "./platform-identity.js";

/** Who a stored actor name stands for: a platform identity, a roster person by id, or nobody on the roster. */
export type ActorIdentity = { kind: "identity"; platform: Platform; id: string } | { kind: "person"; personId: number } | { kind: "none" };

/**
 * The inverse of actorOf: a bare id is a Slack user (as every entry stored before platform identities
 * reads; `slack:…` too), `teams:…` a Teams user, `person:<id>` a roster person with no chat identity; Steward's own
 * actors (`steward`, `cli:…`, `console:…`) are nobody on the roster.
 */
export function identityOfActor(actor: string): ActorIdentity {
  if (actor.startsWith("teams:")) return { kind: "identity", platform: "teams", id: actor.slice("teams:".length) };
  if (actor.startsWith("slack:")) return { kind: "identity", platform: "slack", id: actor.slice("slack:".length) };
  const person = /^person:(\d+)$/.exec(actor);
  if (person) return { kind: "person", personId: Number(person[1]) };
  if (actor === "steward" || actor === "" || actor.includes(":")) return { kind: "none" };
  return { kind: "identity", platform: "slack", id: actor };
}
