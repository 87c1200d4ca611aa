import type { ReferenceTarget } from '../../import/import-type.js';
import { referenceTargets } from '../../import/reference-targets.js';
import type { Database } from '../database.js';
import { decodeTextColumnSql, encodeTextColumn } from './encode-text-column.js';

const CHUNK = 50_000;

/** Which of `keys` exist in the target table: one query per 50,000 keys. */
export async function findExistingKeys(db: Database, target: ReferenceTarget, keys: string[]): Promise<Set<string>> {
  const { table, keyColumn } = referenceTargets[target];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db.prisma.$queryRawUnsafe<{ k: string }[]>(
      `SELECT t.${keyColumn} AS k FROM ${table} t WHERE t.${keyColumn} = ANY(${decodeTextColumnSql(1)})`,
      encodeTextColumn(keys.slice(i, i + CHUNK)),
    );
    for (const row of rows) found.add(row.k);
  }
  return found;
}
