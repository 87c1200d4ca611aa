import { PLATFORMS } from "./platform-identity.js";
import type { TypedIdentity } from "./typed-person.js";

const TOKEN = new RegExp(`^@(${PLATFORMS.join("|")}):(\\S{1,200})$`);

/** The identity an adapter's mention token (identityToken) names, or null when the word is not one. */
export function readIdentityToken(word: string): TypedIdentity | null {
  const match = TOKEN.exec(word);
  return match ? { platform: match[1] as TypedIdentity["platform"], id: match[2]! } : null;
}
