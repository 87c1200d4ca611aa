import type { PlatformIdentities } from "../../roster/platform-identity.js";
import type { TypedPerson } from "../../roster/typed-person.js";

/**
 * Roster people a typed person may mean: a mention is the person with that identity on its platform; an
 * `@handle` is someone with that id on a platform, else people whose name, ignoring case, spaces and
 * punctuation, starts with it (`@mei`, `@mei.chen` → Mei Chen) — the same rule as `/customer list owner @x`.
 */
export function matchTypedPerson<P extends { ids: PlatformIdentities; name: string }>(people: readonly P[], typed: TypedPerson): P[] {
  if ("identity" in typed) return people.filter((person) => person.ids[typed.identity.platform] === typed.identity.id);
  const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const handle = normalise(typed.handle);
  const exact = people.filter((person) => Object.values(person.ids).includes(typed.handle) || normalise(person.name) === handle);
  return exact.length ? exact : people.filter((person) => normalise(person.name).startsWith(handle));
}
