import type { Platform, PlatformIdentities } from "./platform-identity.js";

/**
 * Where the delivery ledger sends a person's direct messages: one address, so someone on both
 * platforms gets each message once. Their Teams identity (`teams:…`) when they prefer Teams and have
 * one, else their Slack id — bare, as every row stored before platform identities, so a Slack person's
 * recipients (and what the ledger already holds for them) stay as they were — else their Teams
 * identity; null when they have neither.
 */
export function addressOf(person: { ids: PlatformIdentities; preferredPlatform?: Platform | null }): string | null {
  if (person.preferredPlatform === "teams" && person.ids.teams) return `teams:${person.ids.teams}`;
  if (person.ids.slack) return person.ids.slack;
  if (person.ids.teams) return `teams:${person.ids.teams}`;
  return null;
}
