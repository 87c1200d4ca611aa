import { accept, reject, type FieldResult } from '../field-result.js';

/** One of a fixed set of words, matched case-insensitively and stored as listed. */
export function parseChoice(text: string, choices: readonly string[]): FieldResult {
  const lower = text.toLowerCase();
  const found = choices.find((c) => c === lower);
  if (found !== undefined) return accept(found);
  return reject(`"${text}" is not one of ${choices.join(', ')}`);
}
