import type { ImportType } from './import-type.js';

/** A validated CSV file held in memory, ready to be written. */
export interface ParsedFile {
  /** Path to read, and the name used in messages. */
  path: string;
  file: string;
  type: ImportType;
  /** Per column of `type.columns`: whether the file has it (absent columns are left untouched on update). */
  present: boolean[];
  /**
   * Per column of `type.columns`, per row: the normalised text, or null (empty or absent).
   * Column-wise because that is how the rows travel to SQL, and it spares a small array per row.
   */
  values: (string | null)[][];
  /** The line each row starts on; its length is the number of rows. */
  lines: number[];
}
