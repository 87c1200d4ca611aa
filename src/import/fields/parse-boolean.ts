import { accept, reject, type FieldResult } from '../field-result.js';

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** yes/no in the spellings spreadsheets produce; normalised to `true` / `false`. */
export function parseBoolean(text: string): FieldResult {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return accept('true');
  if (FALSE.has(lower)) return accept('false');
  return reject(`"${text}" is not yes or no (expected true/false, yes/no or 1/0)`);
}
