import type { ReferenceTarget } from './import-type.js';
import type { ImportProblems } from './import-problems.js';
import type { ParsedFile } from './parsed-file.js';
import { LIST_SEPARATOR } from './fields/parse-list.js';
import { referenceTargets } from './reference-targets.js';

/** Which of `keys` already exist in the roster (the database side, injected). */
export type FindExistingKeys = (target: ReferenceTarget, keys: string[]) => Promise<Set<string>>;

/**
 * Every reference (a row's customer, owner, department, head, author) must name a row
 * defined in the same import or already in the roster. Asks the roster once per target for
 * all keys the import does not define itself, then reports each row naming an unknown one.
 */
export async function checkReferences(
  files: ParsedFile[],
  findExisting: FindExistingKeys,
  problems: ImportProblems,
): Promise<void> {
  const defined = new Map<ReferenceTarget, Set<string>>();
  for (const parsed of files) {
    const defines = parsed.type.defines;
    if (!defines) continue;
    const index = parsed.type.columns.findIndex((c) => c.name === defines.column);
    const keys = defined.get(defines.target) ?? new Set<string>();
    for (const key of parsed.values[index]!) if (key != null) keys.add(key);
    defined.set(defines.target, keys);
  }

  const wanted = new Map<ReferenceTarget, Set<string>>();
  for (const parsed of files) {
    parsed.type.columns.forEach((column, index) => {
      const target = column.references;
      if (!target || !parsed.present[index]) return;
      const own = defined.get(target);
      const keys = wanted.get(target) ?? new Set<string>();
      for (const cell of parsed.values[index]!) for (const key of itemsOf(cell)) if (!own?.has(key)) keys.add(key);
      wanted.set(target, keys);
    });
  }

  const missing = new Map<ReferenceTarget, Set<string>>();
  for (const [target, keys] of wanted) {
    if (keys.size === 0) continue;
    const existing = await findExisting(target, [...keys]);
    missing.set(target, new Set([...keys].filter((k) => !existing.has(k))));
  }

  for (const parsed of files) {
    parsed.type.columns.forEach((column, index) => {
      const target = column.references;
      const unknown = target && missing.get(target);
      if (!target || !unknown || unknown.size === 0) return;
      const { noun, keyName, file } = referenceTargets[target];
      parsed.lines.forEach((line, at) => {
        const key = itemsOf(parsed.values[index]!.get(at)).find((item) => unknown.has(item));
        if (key === undefined) return;
        problems.add({
          file: parsed.file,
          line,
          column: column.name,
          message: `no ${noun} with ${keyName} "${key}" in this import or the roster (expected one from ${file} or already imported)`,
        });
      });
    });
  }
}

/** A cell's keys: one, or each item of a list column (a rotation's members). */
function itemsOf(cell: string | null): string[] {
  return cell == null ? [] : cell.split(LIST_SEPARATOR);
}
