import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../src/cli/commands/import-command.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();

/** Runs `steward import …` in-process against this file's database; returns exit code and output. */
async function steward(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  try {
    const code = await importCommand.run(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('steward import (the command)', () => {
  const saved = { ...process.env };
  let store: string | undefined;
  beforeEach(() => {
    // The command opens the store itself from the environment, as the real CLI does.
    if (t.url) process.env.DATABASE_URL = t.url;
    else process.env.STEWARD_DATA_DIR = store = mkdtempSync(join(tmpdir(), 'steward-store-'));
  });
  afterEach(() => {
    process.env = { ...saved };
    if (store) rmSync(store, { recursive: true, force: true });
  });

  it('imports a file, says what changed, and says "0 changed" the second time', async () => {
    const dir = writeCsvFolder({ 'customers.csv': 'key,name,tier\nACME,Acme Corp,strategic\nGLOBEX,Globex,new\n' });
    const first = await steward(join(dir, 'customers.csv'));
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/customers\.csv {2}2 rows: 2 new, 0 updated, 0 unchanged\n2 changed, 0 unchanged \(1 file in one transaction, as cli:\S+, into /);
    const second = await steward(join(dir, 'customers.csv'), '--type', 'customers');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/2 rows: 0 new, 0 updated, 2 unchanged\n0 changed, 2 unchanged/);
  });

  it('exits 1 with every problem listed and no stack trace', async () => {
    const dir = writeCsvFolder({ 'customers.csv': 'key,name,tier\nACME,Acme Corp,gold\nGLOBEX,,new\n' });
    const result = await steward(join(dir, 'customers.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      [
        'Nothing was imported: 2 problems to fix first.',
        `${dir}/customers.csv:2: tier: "gold" is not one of strategic, normal, new`,
        `${dir}/customers.csv:3: name: is empty (expected text, up to 200 characters, e.g. Acme Corp)`,
      ].join('\n'),
    );
    expect(result.out).toBe('');
  });

  it('explains its usage on --help and refuses bad arguments with an example', async () => {
    const help = await steward('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: steward import <file\.csv> \[--type <type>\]/);
    expect(help.out).toMatch(/file:line: column: what is wrong \(expected …\)/);
    await expect(steward()).rejects.toThrow(/Which file\? Expected e\.g\. steward import examples\/customers\.csv --type customers/);
    await expect(steward('a.csv', '--max-size', 'big')).rejects.toThrow('--max-size: "big" is not a size in MB (expected e.g. --max-size 128)');
  });
});
