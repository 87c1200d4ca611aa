import { readdir, readlink, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportType } from './import-type.js';
import { importTypes } from './import-types.js';

export interface PlannedFile {
  path: string;
  /** The name used in messages: the path as the user wrote it. */
  file: string;
  type: ImportType;
  /** Read only as a regular file, never through a symbolic link (a folder's files). */
  regularOnly?: boolean;
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
    const entries = (await readdir(target, { withFileTypes: true })).filter((e) => e.name.toLowerCase().endsWith('.csv'));
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    // A folder import reads the folder's own regular files only: a link could point anywhere the
    // importing user can read (e.g. /etc/passwd), and its first line would be echoed as an unknown header.
    const irregular = entries.filter((e) => !e.isFile());
    if (irregular.length > 0) {
      const described = await Promise.all(irregular.map((e) => describeIrregular(join(target, e.name), e)));
      return {
        ok: false,
        message: `${target}: ${described.join('; ')} — a folder import reads only regular files inside the folder, nothing was imported (expected plain .csv files: copy the file into the folder instead of linking it)`,
      };
    }
    const files: PlannedFile[] = [];
    const unknown: string[] = [];
    for (const { name } of entries) {
      const type = importTypes.find((t) => `${t.name}.csv` === name.toLowerCase());
      if (type) files.push({ path: join(target, name), file: join(target, name), type, regularOnly: true });
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

async function describeIrregular(path: string, entry: { name: string; isSymbolicLink(): boolean; isDirectory(): boolean }): Promise<string> {
  if (entry.isSymbolicLink()) {
    const to = await readlink(path).catch(() => null);
    return `${entry.name} is a symbolic link${to === null ? '' : ` (to ${to})`}`;
  }
  return `${entry.name} is ${entry.isDirectory() ? 'a folder' : 'not a regular file'}`;
}
