import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/db/import/run-import.js';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-11-24T02:00:00Z');
const settings = teamSettingsSchema.parse({});
const count = async (table: string) =>
  Number((await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('importing the example roster folder', () => {
  it('imports every file in one go, departments and their heads included, then re-imports with 0 changed', async () => {
    const first = await runImport(t.db, { target: 'examples', actor: 'cli:tester', now, settings });
    if (!first.ok) throw new Error(first.problems.join('\n'));
    const lines = (name: string) => readFileSync(`examples/${name}.csv`, 'utf8').trim().split('\n').length - 1;
    expect(first.files.map((f) => f.type).slice(0, 8)).toEqual(
      ['departments', 'people', 'customers', 'contacts', 'orders', 'payments', 'surveys', 'interactions'],
    );
    for (const f of first.files) expect([f.type, f.inserted, f.updated]).toEqual([f.type, lines(f.type), 0]);
    expect(first.unchanged).toBe(0);
    expect(await count('customers')).toBe(30);

    const heads = await t.db.prisma.$queryRawUnsafe<{ name: string; head: string }[]>(
      `SELECT d.name, pi.external_id AS head FROM departments d JOIN people p ON p.id = d.head_id JOIN person_identities pi ON pi.person_id = p.id AND pi.platform = 'slack' ORDER BY d.name`,
    );
    expect(heads).toEqual([
      { name: 'Customer Success', head: 'U0ANNASCH' },
      { name: 'Management', head: 'U0CHENJING' },
      { name: 'Sales', head: 'U0LINWEI' },
      { name: 'Technical Support', head: 'U0JAKEMIL' },
    ]);
    const acme = await t.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT c.key, c.name, c.aliases, c.tier::text, c.high_potential, pi.external_id AS owner
       FROM customers c JOIN people p ON p.id = c.owner_id JOIN person_identities pi ON pi.person_id = p.id AND pi.platform = 'slack' WHERE c.key = 'ACME'`,
    );
    expect(acme).toEqual([
      { key: 'ACME', name: 'Acme Corp', aliases: ['Acme', 'ACME Corporation'], tier: 'strategic', high_potential: true, owner: 'U0LINWEI' },
    ]);
    const audit = await t.db.prisma.$queryRawUnsafe<{ actor: string; n: bigint }[]>(
      `SELECT actor, count(*) AS n FROM audit_log GROUP BY actor`,
    );
    expect(audit.map((a) => a.actor)).toEqual(['cli:tester']);
    const auditRows = Number(audit[0]!.n);

    const again = await runImport(t.db, { target: 'examples', actor: 'cli:tester', now, settings });
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.changed).toBe(0);
    expect(again.files.every((f) => f.inserted === 0 && f.updated === 0)).toBe(true);
    // Nothing changed, so nothing was audited either.
    expect(Number((await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM audit_log`))[0]!.n)).toBe(auditRows);
  });

  it('counts a changed value as one update and leaves columns absent from the file as they were', async () => {
    const text = readFileSync('examples/customers.csv', 'utf8').replace('ACME,Acme Corp,', 'ACME,Acme Corporation,');
    const dir = writeCsvFolder({ 'customers.csv': text });
    const outcome = await runImport(t.db, { target: join(dir, 'customers.csv'), actor: 'cli:tester', now, settings });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect([outcome.changed, outcome.files[0]!.updated]).toEqual([1, 1]);

    // Only the required columns and tier: owner and aliases stay as they were.
    writeFileSync(join(dir, 'tiers.csv'), 'tier,key,name\nnormal,acme,Acme Corporation\n');
    const tiers = await runImport(t.db, { target: join(dir, 'tiers.csv'), type: 'customers', actor: 'cli:tester', now, settings });
    if (!tiers.ok) throw new Error(tiers.problems.join('\n'));
    expect(tiers.changed).toBe(1);
    const [acme] = await t.db.prisma.$queryRawUnsafe<{ name: string; tier: string; aliases: string[]; owner: string }[]>(
      `SELECT c.name, c.tier::text, c.aliases, pi.external_id AS owner FROM customers c JOIN people p ON p.id = c.owner_id JOIN person_identities pi ON pi.person_id = p.id AND pi.platform = 'slack' WHERE key = 'ACME'`,
    );
    expect(acme).toEqual({ name: 'Acme Corporation', tier: 'normal', aliases: ['Acme', 'ACME Corporation'], owner: 'U0LINWEI' });
  });
});
