import type { Inline } from "../messages/message.js";

/**
 * A case actor as it stands in a message: "Steward" for the timers, else a mention of the person. The
 * stored actor is today the person's Slack user id (`complaints.*_by`, the event's actor); this is the
 * one place that reads it as one, until identities are platform-qualified. `name` is what a platform
 * that cannot ping them shows.
 */
export function actorMention(actor: string, name?: string): Inline {
  if (actor === "steward") return "Steward";
  return { kind: "mention", person: { name: name ?? actor, ids: { slack: actor } } };
}
