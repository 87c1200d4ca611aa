import type { PlatformIdentities } from "./platform-identity.js";

/**
 * Where the delivery ledger sends a message for a person: their Slack id (bare, as every row stored
 * before platform identities), else their Teams identity (`teams:…`); null when they have neither.
 */
export function addressOf(person: { ids: PlatformIdentities }): string | null {
  if (person.ids.slack) return person.ids.slack;
  if (person.ids.teams) return `teams:${person.ids.teams}`;
  return null;
}
