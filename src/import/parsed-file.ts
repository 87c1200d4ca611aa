import type { ImportType } from './import-type.js';
import type { PackedColumn } from './packed-column.js';

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
   * Column-wise and packed because that is how the rows travel to SQL, and it keeps an import's memory
   * near the file's size.
   */
  values: PackedColumn[];
  /** The line each row starts on; its length is the number of rows. */
  lines: number[];
}
