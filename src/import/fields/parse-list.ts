import { accept, reject, type FieldResult } from '../field-result.js';

/** Separates list items in the text handed to SQL (`string_to_array(v, chr(31))`): it cannot occur in a cell. */
export const LIST_SEPARATOR = '\u001f';

/**
 * A `;`-separated list in one cell (e.g. `owner; frontline`), each item checked by `item`.
 * Blank items are dropped and repeats removed, so `a;;a` is the list `a`.
 */
export function parseList(text: string, item: (text: string) => FieldResult): FieldResult {
  const values: string[] = [];
  for (const raw of text.split(';')) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const parsed = item(trimmed);
    if (!parsed.ok) return reject(`item ${parsed.problem}`);
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return accept(values.join(LIST_SEPARATOR));
}
