import { accept, reject, type FieldResult } from '../field-result.js';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** A customer key such as ACME: case-insensitive, so stored and compared upper-case. */
export function parseCustomerKey(text: string): FieldResult {
  if (!KEY.test(text)) {
    return reject(`"${text}" is not a customer key (expected 1–32 letters, digits, ".", "_" or "-", e.g. ACME)`);
  }
  return accept(text.toUpperCase());
}
