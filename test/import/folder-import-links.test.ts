import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { runImport } from '../../src/db/import/run-import.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-11-24T02:00:00Z');
const settings = teamSettingsSchema.parse({});

/** A file outside the import folder whose first line must never be shown. */
function secretOutside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-outside-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'secret.txt');
  writeFileSync(path, 'root:x:0:0:TOP-SECRET-FIRST-LINE\n');
  return path;
}

const customerCount = async () => Number((await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM customers'))[0]!.n);

describe('a folder import reads only regular files inside the folder', () => {
  it('refuses a symbolic link out of the folder with a clear message, echoes nothing of its target and writes nothing', async () => {
    const folder = writeCsvFolder({ 'customers.csv': 'key,name,tier\nACME,Acme Corp,strategic\n' });
    const secret = secretOutside();
    symlinkSync(secret, join(folder, 'people.csv'));
    const outcome = await runImport(t.db, { target: folder, actor: 'cli:tester', now, settings });
    expect(outcome).toEqual({
      ok: false,
      total: 1,
      problems: [
        `${folder}: people.csv is a symbolic link (to ${secret}) — a folder import reads only regular files inside the folder, nothing was imported (expected plain .csv files: copy the file into the folder instead of linking it)`,
      ],
    });
    expect(JSON.stringify(outcome)).not.toContain('TOP-SECRET');
    expect(await customerCount()).toBe(0);
  });

  it('refuses a link to a file inside the same folder too, and a folder named like a file', async () => {
    const folder = writeCsvFolder({ 'data.txt': 'key,name,tier\nACME,Acme Corp,strategic\n' });
    symlinkSync(join(folder, 'data.txt'), join(folder, 'customers.csv'));
    const outcome = await runImport(t.db, { target: folder, actor: 'cli:tester', now, settings });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]).toContain('customers.csv is a symbolic link');
    expect(await customerCount()).toBe(0);
  });

  it('still imports the regular files of a folder', async () => {
    const folder = writeCsvFolder({ 'customers.csv': 'key,name,tier\nACME,Acme Corp,strategic\n' });
    const outcome = await runImport(t.db, { target: folder, actor: 'cli:tester', now, settings });
    expect(outcome.ok).toBe(true);
    expect(await customerCount()).toBe(1);
  });
});
