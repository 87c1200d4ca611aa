import type { TypedIdentity } from "./typed-person.js";

/**
 * The word an adapter puts into a command's text where the platform sent a mention: `@slack:U0123`,
 * `@teams:<AAD object id>`. One word (ids have no spaces), read back by readIdentityToken.
 */
export function identityToken(identity: TypedIdentity): string {
  return `@${identity.platform}:${identity.id}`;
}
