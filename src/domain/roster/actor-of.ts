import { addressOf } from "./address-of.js";
import type { PlatformIdentities } from "./platform-identity.js";

/**
 * The name a person's changes are recorded under (audit log, case events, who pressed): their address
 * (a Slack id, as every entry stored before platform identities reads, else `teams:…`), else `person:<id>`.
 */
export function actorOf(person: { id: number; ids: PlatformIdentities }): string {
  // Who did something does not move with where their messages go: the preference is left out.
  return addressOf({ ids: person.ids }) ?? `person:${person.id}`;
}
