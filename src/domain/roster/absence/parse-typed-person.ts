import type { TypedPerson } from "./parse-away-args.js";

// `@lukas`, or the `<@U123>` / `<@U123|lukas>` form Slack sends when it escapes mentions.
const PERSON = /^(?:<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|@([^\s@<>]+))$/;

/** The person a typed word names, or null when the word is not a mention. */
export function parseTypedPerson(word: string): TypedPerson | null {
  const match = PERSON.exec(word);
  return match ? { handle: match[1] ?? match[2]! } : null;
}
