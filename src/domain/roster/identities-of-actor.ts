import type { PlatformIdentities } from "./platform-identity.js";

/**
 * Who a recorded actor (what actorOf writes: a bare Slack id as every entry before platform identities,
 * else `teams:…`; or `slack:…`) is on their platform, to mention them; null for an actor that is no chat
 * person (`person:<id>`, `steward`, `cli:<os user>`, `import:…`).
 */
export function identitiesOfActor(actor: string): PlatformIdentities | null {
  const qualified = /^([a-z]+):(.+)$/.exec(actor);
  if (qualified) return qualified[1] === "teams" || qualified[1] === "slack" ? { [qualified[1]]: qualified[2]! } : null;
  return actor && actor !== "steward" ? { slack: actor } : null;
}
