import { accept, reject, type FieldResult } from '../field-result.js';

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@<>]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,}$/;

/**
 * A person's Microsoft Teams identity: their Entra (AAD) object id, stored lower-case as Teams sends
 * it, or their user principal name (sign-in name), matched case-insensitively.
 */
export function parseTeamsUserId(text: string): FieldResult {
  if (OBJECT_ID.test(text)) return accept(text.toLowerCase());
  if (UPN.test(text)) return accept(text);
  return reject(
    `"${text}" is not a Teams user (expected the Entra object id, e.g. 5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c, or the sign-in name, e.g. lin.wei@example.com)`,
  );
}
