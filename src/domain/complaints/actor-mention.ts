import type { Inline } from "../messages/message.js";
import { identityOfActor } from "../roster/identity-of-actor.js";

/**
 * A case actor as it stands in a message: "Steward" for the timers, else a mention of the person on the
 * platform the stored actor names (actorOf: a bare Slack id, as old rows read, or `teams:…`). `name` is
 * what a platform that cannot ping them shows.
 */
export function actorMention(actor: string, name?: string): Inline {
  if (actor === "steward") return "Steward";
  const who = identityOfActor(actor);
  const ids = who.kind === "identity" ? { [who.platform]: who.id } : {};
  return { kind: "mention", person: { name: name ?? actor, ids } };
}
