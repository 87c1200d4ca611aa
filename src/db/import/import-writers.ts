import type { TeamSettings } from '../../config/team-settings.js';
import type { ParsedFile } from '../../import/parsed-file.js';
import type { Tx } from '../with-actor.js';
import { writeImportedAssessments } from '../health/write-imported-assessments.js';
import { writeImportedOverrides } from '../on-call/write-imported-overrides.js';
import { writeImportedRotations } from '../on-call/write-imported-rotations.js';

export interface ImportWriteContext {
  actor: string;
  now: Date;
  settings: TeamSettings;
}

/** Writes a checked file inside the import's transaction; returns how many rows it inserted and updated. */
export type ImportWriter = (tx: Tx, file: ParsedFile, context: ImportWriteContext) => Promise<{ inserted: number; updated: number }>;

/**
 * Types that are not a plain upsert of their columns (e.g. assessments, scored as of their date) name
 * their own writer here, one line per type; every other type goes through upsertParsedRows.
 */
export const importWriters: Record<string, ImportWriter> = {
  assessments: writeImportedAssessments,
  rotations: writeImportedRotations,
  overrides: writeImportedOverrides,
};
