import type { PlatformIdentities } from "./platform-identity.js";
import type { InlineRun } from "../messages/message.js";

/** A roster person named in a message: a ping where the platform knows them, else their name. */
export function mentionPerson(person: { name: string; ids: PlatformIdentities }): InlineRun {
  return { kind: "mention", person: { name: person.name, ids: person.ids } };
}
