import type { PlatformIdentities } from "../domain/roster/platform-identity.js";

/**
 * A roster person's Slack member id, where the Slack adapter acts for or addresses one person it found
 * through Slack (the presser, the filer): such a person has a Slack identity by construction.
 */
export function slackIdOf(person: { ids: PlatformIdentities; name: string }): string {
  const id = person.ids.slack;
  if (id === undefined) throw new Error(`${person.name} has no Slack identity on the roster`);
  return id;
}
