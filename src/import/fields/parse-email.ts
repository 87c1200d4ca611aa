import { accept, reject, type FieldResult } from '../field-result.js';

// Deliberately loose: catches typos like a missing @ or a space, not every RFC 5322 corner.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function parseEmail(text: string): FieldResult {
  if (text.length <= 254 && EMAIL.test(text)) return accept(text);
  return reject(`"${text}" is not an email address (expected e.g. lin.wei@example.com)`);
}
