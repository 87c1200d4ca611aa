/**
 * Packs one column of a batch into a single text parameter, unpacked in SQL by
 * `string_to_array($n, chr(30), chr(21))`. One string per column is several times cheaper to
 * pass through Prisma than an array of strings. Validated values never contain these control
 * characters. An empty string travels as NULL: string_to_array('') is an empty array, which
 * would drop a one-row batch; the only empty values are empty lists, which SQL coalesces to '{}'.
 */
export function encodeTextColumn(values: Iterable<string | null>): string {
  let out = '';
  let first = true;
  for (const value of values) {
    if (!first) out += '\u001e';
    out += value === null || value === '' ? '\u0015' : value;
    first = false;
  }
  return out;
}

/** The SQL that turns parameter `$n` made by encodeTextColumn back into a text[]. */
export const decodeTextColumnSql = (n: number): string => `string_to_array($${n}, chr(30), chr(21))`;
