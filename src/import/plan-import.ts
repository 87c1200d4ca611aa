import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportType } from './import-type.js';
import { importTypes } from './import-types.js';

export interface PlannedFile {
  path: string;
  /** The name used in messages: the path as the user wrote it. */
  file: string;
  type: ImportType;
}

export type ImportPlan = { ok: true; files: PlannedFile[] } | { ok: false; message: string };

const typeList = () => importTypes.map((t) => t.name).join(', ');

/**
 * What to import: one file (its type from `--type`, else from its name, e.g. orders.csv), or
 * every `<type>.csv` of a folder, in dependency order.
 */
export async function planImport(target: string, typeName: string | undefined): Promise<ImportPlan> {
  const info = await stat(target).catch(() => null);
  if (!info) return { ok: false, message: `${target}: no such file or folder (expected a .csv file or a folder of them, e.g. examples/)` };

  if (info.isDirectory()) {
    if (typeName !== undefined) {
      return { ok: false, message: `--type applies to a single file; a folder's files are recognised by name (${importTypes.map((t) => `${t.name}.csv`).join(', ')})` };
    }
    const names = (await readdir(target)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
    const files: PlannedFile[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const type = importTypes.find((t) => `${t.name}.csv` === name.toLowerCase());
      if (type) files.push({ path: join(target, name), file: join(target, name), type });
      else unknown.push(name);
    }
    if (unknown.length > 0) {
      return { ok: false, message: `${target}: cannot tell what ${unknown.join(', ')} hold${unknown.length === 1 ? 's' : ''} (expected file names ${importTypes.map((t) => `${t.name}.csv`).join(', ')})` };
    }
    if (files.length === 0) return { ok: false, message: `${target}: no .csv files in this folder (expected e.g. customers.csv, orders.csv)` };
    files.sort((a, b) => importTypes.indexOf(a.type) - importTypes.indexOf(b.type));
    return { ok: true, files };
  }

  const inferred = importTypes.find((t) => `${t.name}.csv` === basename(target).toLowerCase());
  if (typeName === undefined) {
    if (inferred) return { ok: true, files: [{ path: target, file: target, type: inferred }] };
    return { ok: false, message: `${target}: which type does it hold? (expected --type <${typeList().replaceAll(', ', '|')}>, e.g. --type customers)` };
  }
  const type = importTypes.find((t) => t.name === typeName.toLowerCase());
  if (!type) return { ok: false, message: `--type: "${typeName}" is not one of ${typeList()}` };
  return { ok: true, files: [{ path: target, file: target, type }] };
}
