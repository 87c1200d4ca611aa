import { readIdentityToken } from "../read-identity-token.js";
import type { TypedPerson } from "../typed-person.js";

// `@lukas`; a mention arrives as the adapter's identity token (`@slack:U123`), read first.
const HANDLE = /^@([^\s@<>]+)$/;

/** The person a typed word names, or null when the word is not a person. */
export function parseTypedPerson(word: string): TypedPerson | null {
  const identity = readIdentityToken(word);
  if (identity) return { identity };
  const match = HANDLE.exec(word);
  return match ? { handle: match[1]! } : null;
}
