import type { ImportProblems } from './import-problems.js';
import type { ParsedFile } from './parsed-file.js';
import type { FieldResult } from './field-result.js';
import type { Platform } from '../domain/roster/platform-identity.js';

/** Tables other rows point at by natural key (a customer key, a person's Slack member id, a department name). */
export type ReferenceTarget = 'customers' | 'people' | 'departments';

/**
 * Where a CSV column's normalised text goes. `sql` receives the SQL expression of the text
 * (NULL for an empty optional cell) and returns the expression stored in `column`.
 */
export type ColumnTarget =
  | { column: string; sql: (value: string) => string }
  | { column: string; reference: ReferenceTarget }
  /** The row's channel on that platform (department_channels); an empty cell removes it. */
  | { channel: Platform }
  /** A person's further identity on that platform (person_identities), beside the one that keys the row; an empty cell removes it. */
  | { identity: Platform };

export interface ImportColumn {
  /** The CSV header. */
  name: string;
  /** Must be in the header and non-empty on every row. */
  required: boolean;
  /** What a good value looks like, for docs and messages. */
  format: string;
  example: string;
  /** One line for docs/import.md. */
  description: string;
  /**
   * The text stored when an optional cell is empty: a column's default (`normal`, `false`) or
   * null. A column left out of the file is not touched on update.
   */
  empty: string | null;
  parse(text: string): FieldResult;
  targets: ColumnTarget[];
  /** The value names a row of that table (checked against the database and the same import). */
  references?: ReferenceTarget;
}

export interface ImportType {
  name: string;
  /** The table written. */
  table: string;
  description: string;
  columns: ImportColumn[];
  /** CSV columns that together identify a row (all required): duplicates in a file are refused. */
  key: string[];
  /** The table's unique columns matching `key`, for ON CONFLICT (`id` for a type keyed by identity). */
  conflict: string[];
  /**
   * Rows are people keyed by their identity on a platform (person_identities), not by a column of their
   * table: the import finds the person by that identity, or creates both the person and the identity.
   */
  identity?: { column: string; platform: Platform };
  /** This type's key column names rows others reference (customers.key, a person's Slack member id, …). */
  defines?: { target: ReferenceTarget; column: string };
  /** Rules across a row's cells that no single column can check, run before anything is written. */
  checkRows?(file: ParsedFile, problems: ImportProblems): void;
}
