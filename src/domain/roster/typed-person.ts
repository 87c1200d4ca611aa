import type { Platform } from "./platform-identity.js";

/** Who someone is on one platform: what an adapter read from that platform's mention of them. */
export interface TypedIdentity {
  platform: Platform;
  id: string;
}

/**
 * A person named in a typed command: an `@handle` to look up by name on the roster, or the identity
 * the platform's adapter read from a mention (each adapter turns its own mention markup into an
 * identity token, see identity-token.ts, so the domain never sees a platform's syntax).
 */
export type TypedPerson = { handle: string } | { identity: TypedIdentity };
