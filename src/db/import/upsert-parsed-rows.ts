import type { ParsedFile } from '../../import/parsed-file.js';
import { referenceTargets } from '../../import/reference-targets.js';
import type { Tx } from '../with-actor.js';
import { decodeTextColumnSql } from './encode-text-column.js';

/**
 * Characters of parameters one statement carries at most. Prisma's client keeps the last ~100 queries
 * it ran with their parameters (measured: 1.3 MB retained per 600 kB query, flat after 100), so big
 * statements would keep most of a large file alive however it is read; this bounds that to a constant.
 */
const MAX_STATEMENT_CHARS = 256 * 1024;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  /** Ids of the rows inserted and updated, when asked for (small tables only). */
  insertedIds?: Set<number>;
  updatedIds?: Set<number>;
}

/**
 * Writes the given columns of a parsed file with set-based SQL, up to `batchRows` rows per statement:
 * INSERT … SELECT FROM unnest(…) ON CONFLICT (natural key) DO UPDATE only where a value
 * differs, so re-importing the same data changes (and audits) nothing. References (customer
 * key, Slack member id, department name) become ids by a join in the same statement.
 */
export async function upsertParsedRows(
  tx: Tx,
  parsed: ParsedFile,
  columnIndexes: number[],
  batchRows: number,
  collectIds = false,
): Promise<UpsertCounts> {
  const sql = buildUpsertSql(parsed, columnIndexes, collectIds);
  const counts: UpsertCounts = collectIds
    ? { inserted: 0, updated: 0, insertedIds: new Set(), updatedIds: new Set() }
    : { inserted: 0, updated: 0 };
  const rows = parsed.lines.length;
  for (let start = 0, end = 0; start < rows; start = end) {
    end = Math.min(rows, start + batchRows);
    const chars = (to: number) => columnIndexes.reduce((sum, index) => sum + parsed.values[index]!.charsIn(start, to), 0);
    while (end - start > 1 && chars(end) > MAX_STATEMENT_CHARS) end = start + Math.ceil((end - start) / 2);
    const params = columnIndexes.map((index) => parsed.values[index]!.encode(start, end));
    if (collectIds) {
      const written = await tx.$queryRawUnsafe<{ id: number; inserted: boolean }[]>(sql, ...params);
      for (const row of written) (row.inserted ? counts.insertedIds! : counts.updatedIds!).add(row.id);
      counts.inserted = counts.insertedIds!.size;
      counts.updated = counts.updatedIds!.size;
    } else {
      const [row] = await tx.$queryRawUnsafe<{ inserted: number; updated: number }[]>(sql, ...params);
      counts.inserted += row?.inserted ?? 0;
      counts.updated += row?.updated ?? 0;
    }
  }
  return counts;
}

function buildUpsertSql(parsed: ParsedFile, columnIndexes: number[], collectIds: boolean): string {
  const { type } = parsed;
  const inputs: string[] = [];
  const joins: string[] = [];
  const targetColumns: string[] = [];
  const expressions: string[] = [];
  columnIndexes.forEach((index, n) => {
    const column = type.columns[index]!;
    inputs.push(`c${n}`);
    for (const target of column.targets) {
      targetColumns.push(target.column);
      if ('reference' in target) {
        const ref = referenceTargets[target.reference];
        joins.push(`LEFT JOIN ${ref.table} r${n} ON r${n}.${ref.keyColumn} = u.c${n}`);
        expressions.push(`r${n}.id`);
      } else {
        expressions.push(target.sql(`u.c${n}`));
      }
    }
  });
  const updatable = targetColumns.filter((c) => !type.conflict.includes(c));
  const onConflict =
    updatable.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
         WHERE (${updatable.map((c) => `${type.table}.${c}`).join(', ')})
           IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  const unnest = columnIndexes.map((_, n) => decodeTextColumnSql(n + 1)).join(', ');
  const insert = `INSERT INTO ${type.table} (${targetColumns.join(', ')}, updated_at)
      SELECT ${expressions.join(', ')}, now()
      FROM unnest(${unnest}) AS u(${inputs.join(', ')}) ${joins.join(' ')}
      ON CONFLICT (${type.conflict.join(', ')}) ${onConflict}`;
  return collectIds
    ? `${insert} RETURNING id, (xmax = 0) AS inserted`
    : `WITH up AS (${insert} RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
}
