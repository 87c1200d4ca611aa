import type { PlatformIdentities } from "../../roster/platform-identity.js";
import type { TypedPerson } from "./parse-override-command.js";

/**
 * Roster people a typed person may mean: a mention is its member id; an `@handle` matches people whose
 * name, ignoring case, spaces and punctuation, starts with it (`@mei`, `@mei.chen` → Mei Chen) — the same
 * rule as `/customer list owner @x`.
 */
export function matchTypedPerson<P extends { ids: PlatformIdentities; name: string }>(people: readonly P[], typed: TypedPerson): P[] {
  if ("slackUserId" in typed) return people.filter((person) => person.ids.slack === typed.slackUserId);
  const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const handle = normalise(typed.handle);
  const exact = people.filter((person) => person.ids.slack === typed.handle || normalise(person.name) === handle);
  return exact.length ? exact : people.filter((person) => normalise(person.name).startsWith(handle));
}
