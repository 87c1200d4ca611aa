import type { ImportColumn } from './import-type.js';

type ColumnSpec = Omit<ImportColumn, 'targets' | 'empty'> &
  Partial<Pick<ImportColumn, 'targets' | 'empty'>> & {
    /** The SQL type the text is cast to when it goes into the column of the same name. */
    cast?: string;
  };

/**
 * An import column with the common defaults: stored in the table column of the same name,
 * cast from text to `cast`, and an empty optional cell stored as NULL.
 */
export function defineColumn(spec: ColumnSpec): ImportColumn {
  const { cast, ...rest } = spec;
  return {
    empty: null,
    targets: [{ column: spec.name, sql: (v) => (cast ? `(${v})::${cast}` : v) }],
    ...rest,
  };
}
