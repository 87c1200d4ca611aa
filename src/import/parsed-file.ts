import type { ImportType } from './import-type.js';

/** A validated CSV file held in memory, ready to be written. */
export interface ParsedFile {
  /** Path to read, and the name used in messages. */
  path: string;
  file: string;
  type: ImportType;
  /** Per column of `type.columns`: whether the file has it (absent columns are left untouched on update). */
  present: boolean[];
  /** Per row, per column of `type.columns`: the normalised text, or null (empty or absent). */
  rows: (string | null)[][];
  /** The line each row starts on. */
  lines: number[];
}
