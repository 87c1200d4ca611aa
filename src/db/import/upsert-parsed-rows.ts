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
 * key, Slack member id, department name) become ids by a join in the same statement; a person's
 * identity and a department's channel are written to their own tables by the same statement.
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
  const channels: { input: string; platform: string }[] = [];
  const extraIdentities: { input: string; platform: string }[] = [];
  let identity: { input: string; platform: string } | undefined;
  columnIndexes.forEach((index, n) => {
    const column = type.columns[index]!;
    inputs.push(`c${n}`);
    if (type.identity?.column === column.name) identity = { input: `c${n}`, platform: type.identity.platform };
    for (const target of column.targets) {
      if ('channel' in target) {
        channels.push({ input: `c${n}`, platform: target.channel });
      } else if ('identity' in target) {
        extraIdentities.push({ input: `c${n}`, platform: target.identity });
      } else if ('reference' in target) {
        const ref = referenceTargets[target.reference];
        targetColumns.push(target.column);
        joins.push(`LEFT JOIN ${ref.table} r${n} ON r${n}.${ref.keyColumn} = u.c${n}`);
        expressions.push(`r${n}.id`);
      } else {
        targetColumns.push(target.column);
        expressions.push(target.sql(`u.c${n}`));
      }
    }
  });
  const unnest = columnIndexes.map((_, n) => decodeTextColumnSql(n + 1)).join(', ');
  const ctes: string[] = [];
  if (identity) {
    // A person is found by their identity, else gets a new id, which the identity row then names.
    ctes.push(`u AS (SELECT u.*, coalesce(k.person_id, nextval(pg_get_serial_sequence('${type.table}', 'id'))::int) AS id,
                            k.person_id IS NULL AS fresh
                       FROM unnest(${unnest}) WITH ORDINALITY AS u(${inputs.join(', ')}, line)
                       LEFT JOIN person_identities k ON k.platform = '${identity.platform}' AND k.external_id = u.${identity.input})`);
    targetColumns.unshift('id');
    expressions.unshift('u.id');
  } else {
    ctes.push(`u AS (SELECT * FROM unnest(${unnest}) WITH ORDINALITY AS u(${inputs.join(', ')}, line))`);
  }
  const updatable = targetColumns.filter((c) => !type.conflict.includes(c));
  const onConflict =
    updatable.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
         WHERE (${updatable.map((c) => `${type.table}.${c}`).join(', ')})
           IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  const conflictOf = (alias: string) => `(${type.conflict.map((c) => `${alias}.${c}`).join(', ')})`;
  const conflictInput = `(${type.conflict.map((c) => expressions[targetColumns.indexOf(c)]!).join(', ')})`;
  ctes.push(`up AS (INSERT INTO ${type.table} (${targetColumns.join(', ')}, updated_at)
      SELECT ${expressions.join(', ')}, now()
      FROM u ${joins.join(' ')}
      -- New rows get their ids in the file's order, whatever the plan of the joins.
      ORDER BY u.line
      ON CONFLICT (${type.conflict.join(', ')}) ${onConflict}
      RETURNING ${['id', ...type.conflict.filter((c) => c !== 'id')].join(', ')}, (xmax = 0) AS inserted)`);
  const changed = ['SELECT id, inserted FROM up'];
  if (identity) {
    ctes.push(`identities AS (INSERT INTO person_identities (person_id, platform, external_id)
      SELECT id, '${identity.platform}', ${identity.input} FROM u WHERE fresh)`);
  }
  // A person's other identities (a Teams user beside the Slack id that keys the row): every row's person
  // id is known here (found by the key identity, or new), so each is set or, for an empty cell, removed.
  if (identity) {
    extraIdentities.forEach(({ input, platform }, n) => {
      ctes.push(`ident${n} AS (INSERT INTO person_identities (person_id, platform, external_id)
        SELECT id, '${platform}', ${input} FROM u WHERE ${input} IS NOT NULL
        ON CONFLICT (person_id, platform) DO UPDATE SET external_id = EXCLUDED.external_id
          WHERE person_identities.external_id IS DISTINCT FROM EXCLUDED.external_id
        RETURNING person_id AS id)`);
      ctes.push(`unident${n} AS (DELETE FROM person_identities x USING u
        WHERE u.${input} IS NULL AND x.person_id = u.id AND x.platform = '${platform}'
        RETURNING x.person_id AS id)`);
      changed.push(`SELECT id, false FROM ident${n} WHERE id NOT IN (SELECT id FROM up)`);
      changed.push(`SELECT id, false FROM unident${n} WHERE id NOT IN (SELECT id FROM up)`);
    });
  }
  if (channels.length > 0) {
    // The rows' ids: just written (new or changed), or already there unchanged.
    ctes.push(`owners AS (SELECT u.*, coalesce(up.id, t.id) AS owner_id FROM u ${joins.join(' ')}
      LEFT JOIN up ON ${conflictOf('up')} = ${conflictInput}
      LEFT JOIN ${type.table} t ON ${conflictOf('t')} = ${conflictInput})`);
    channels.forEach(({ input, platform }, n) => {
      ctes.push(`set${n} AS (INSERT INTO department_channels (department_id, platform, channel, updated_at)
        SELECT owner_id, '${platform}', ${input}, now() FROM owners WHERE ${input} IS NOT NULL
        ON CONFLICT (department_id, platform) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()
          WHERE department_channels.channel IS DISTINCT FROM EXCLUDED.channel
        RETURNING department_id AS id)`);
      ctes.push(`unset${n} AS (DELETE FROM department_channels x USING owners o
        WHERE o.${input} IS NULL AND x.department_id = o.owner_id AND x.platform = '${platform}'
        RETURNING x.department_id AS id)`);
      // A row whose only change is its channel is an updated row.
      changed.push(`SELECT id, false FROM set${n} WHERE id NOT IN (SELECT id FROM up)`);
      changed.push(`SELECT id, false FROM unset${n} WHERE id NOT IN (SELECT id FROM up)`);
    });
  }
  ctes.push(`changed AS (${changed.join(' UNION ')})`);
  const result = collectIds
    ? 'SELECT id, inserted FROM changed'
    : `SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM changed`;
  return `WITH ${ctes.join(',\n')}\n${result}`;
}
