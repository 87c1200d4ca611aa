import type { TeamSettings } from '../../config/team-settings.js';
import { checkReferences } from '../../import/check-references.js';
import { importLimitsSchema, type ImportLimits } from '../../import/import-limits.js';
import { ImportProblems } from '../../import/import-problems.js';
import { importTypes } from '../../import/import-types.js';
import { parseImportFile } from '../../import/parse-import-file.js';
import type { ParsedFile } from '../../import/parsed-file.js';
import { planImport } from '../../import/plan-import.js';
import type { Database } from '../database.js';
import { type Tx, withActor } from '../with-actor.js';
import { findExistingKeys } from './find-existing-keys.js';
import { type ImportWriteContext, importWriters } from './import-writers.js';
import { upsertParsedRows } from './upsert-parsed-rows.js';

export interface ImportRequest {
  /** A .csv file or a folder of `<type>.csv` files. */
  target: string;
  /** The type of a single file; inferred from its name when absent. */
  type?: string;
  /** Who the audit log names: `cli:<os user>`, or `steward` for the example roster at start. */
  actor: string;
  /** The moment of the import and the team's settings, for types with their own writer (importWriters). */
  now: Date;
  settings: TeamSettings;
  limits?: Partial<ImportLimits>;
}

export interface ImportFileResult {
  file: string;
  type: string;
  rows: number;
  inserted: number;
  updated: number;
}

export type ImportOutcome =
  | { ok: true; files: ImportFileResult[]; changed: number; unchanged: number }
  | { ok: false; problems: string[]; total: number };

/**
 * `steward import`: checks every file completely (cells, keys, references against the same
 * import and the roster) before writing anything; then writes all files in one transaction,
 * in dependency order, so any failure leaves the roster as it was.
 */
export async function runImport(db: Database, request: ImportRequest): Promise<ImportOutcome> {
  const limits = importLimitsSchema.parse(request.limits ?? {});
  const plan = await planImport(request.target, request.type);
  if (!plan.ok) return { ok: false, problems: [plan.message], total: 1 };

  const problems = new ImportProblems(limits.maxProblems);
  const parsed: ParsedFile[] = [];
  for (const planned of plan.files) {
    const file = await parseImportFile(planned.path, planned.file, planned.type, limits, problems, planned.regularOnly);
    if (file) parsed.push(file);
  }
  for (const file of parsed) file.type.checkRows?.(file, problems);
  await checkReferences(parsed, (target, keys) => findExistingKeys(db, target, keys), problems);
  if (problems.total > 0) return { ok: false, problems: problems.format(), total: problems.total };

  const context = { actor: request.actor, now: request.now, settings: request.settings };
  const files = await withActor(db, request.actor, (tx) => writeAll(tx, parsed, limits, context), {
    // A large import is one transaction by design; it may take minutes, not the default 30 s.
    timeout: 30 * 60_000,
  });
  const changed = files.reduce((sum, f) => sum + f.inserted + f.updated, 0);
  const rows = files.reduce((sum, f) => sum + f.rows, 0);
  return { ok: true, files, changed, unchanged: rows - changed };
}

async function writeAll(
  tx: Tx,
  files: ParsedFile[],
  limits: ImportLimits,
  context: ImportWriteContext,
): Promise<ImportFileResult[]> {
  const order = (name: string) => importTypes.findIndex((t) => t.name === name);
  const definedBy = (target: string) => files.find((f) => f.type.defines?.target === target);
  const results: ImportFileResult[] = [];
  const secondPass: { file: ParsedFile; result: ImportFileResult; columns: number[]; inserted: Set<number>; updated: Set<number> }[] = [];

  for (const file of files) {
    const writer = importWriters[file.type.name];
    if (writer) {
      const counts = await writer(tx, file, context);
      results.push({ file: file.file, type: file.type.name, rows: file.lines.length, ...counts });
      continue;
    }
    const present = file.type.columns.map((_, i) => i).filter((i) => file.present[i]);
    // A reference to a type written later in this import (departments.head → people) waits
    // for a second pass: the department exists before its people, its head after them.
    const deferred = present.filter((i) => {
      const target = file.type.columns[i]!.references;
      const definer = target && definedBy(target);
      return definer !== undefined && order(definer.type.name) > order(file.type.name);
    });
    const first = present.filter((i) => !deferred.includes(i));
    const counts = await upsertParsedRows(tx, file, first, limits.batchRows, deferred.length > 0);
    const result = { file: file.file, type: file.type.name, rows: file.lines.length, inserted: counts.inserted, updated: counts.updated };
    results.push(result);
    if (deferred.length > 0) {
      const keys = file.type.key.map((name) => file.type.columns.findIndex((c) => c.name === name));
      secondPass.push({ file, result, columns: [...keys, ...deferred], inserted: counts.insertedIds!, updated: counts.updatedIds! });
    }
  }
  for (const { file, result, columns, inserted, updated } of secondPass) {
    const counts = await upsertParsedRows(tx, file, columns, limits.batchRows, true);
    // A row inserted by the first pass and completed by the second is one new row, not also an update.
    for (const id of counts.updatedIds!) if (!inserted.has(id)) updated.add(id);
    result.updated = updated.size;
  }
  return results;
}
