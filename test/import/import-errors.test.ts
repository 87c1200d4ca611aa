import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOutcome } from '../../src/db/import/run-import.js';
import { importTypes } from '../../src/import/import-types.js';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-11-24T02:00:00Z');
const settings = teamSettingsSchema.parse({});
const actor = 'cli:tester';

const CUSTOMERS = 'key,name,tier\nACME,Acme Corp,strategic\nGLOBEX,"Globex, Inc.",normal\n';

function problemsOf(outcome: ImportOutcome): string[] {
  if (outcome.ok) throw new Error(`expected problems, got a successful import: ${JSON.stringify(outcome)}`);
  return outcome.problems;
}

async function rowCount(table: string): Promise<number> {
  const [row] = await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row!.n);
}

/** Imports one file of `type` with the given content; returns the problems, relative to the file's path. */
async function problems(type: string, content: string | Buffer): Promise<string[]> {
  const dir = writeCsvFolder({ [`${type}.csv`]: content });
  const file = join(dir, `${type}.csv`);
  return problemsOf(await runImport(t.db, { target: file, type, actor, now, settings })).map((p) => p.replace(file, `${type}.csv`));
}

describe('steward import refuses bad input, says exactly what is wrong, and writes nothing', () => {
  it('lists bad values with file, line, column and the expected form', async () => {
    const rows = ['key,name,tier,started_on,owner'];
    for (let i = 2; i <= 16; i++) rows.push(`C${i},Customer ${i},normal,2024-01-01,`);
    rows.push('GOLDIE,Goldie Ltd,gold,2026-02-30,');
    expect(await problems('customers', rows.join('\n'))).toEqual([
      'customers.csv:17: tier: "gold" is not one of strategic, normal, new',
      'customers.csv:17: started_on: "2026-02-30" does not exist: month 2 of 2026 has 28 days (expected a real date)',
    ]);
    expect(await rowCount('customers')).toBe(0);
  });

  it('refuses unknown and missing columns, and a row with the wrong number of values', async () => {
    expect(await problems('customers', 'key,teir,Name\nACME,strategic,Acme\nGLOBEX,normal\n')).toEqual([
      // The list names every column of customers.csv, deputy_owner included since issue 14 (wt-absences).
      'customers.csv:1: header: unknown column "teir" (expected one of key, name, aliases, tier, value_segment, high_potential, owner, started_on, deputy_owner)',
      'customers.csv:3: row has 2 values but the header has 3 columns (expected one value per column; enclose values containing commas in "…")',
    ]);
    expect(await problems('orders', 'ref,customer,amount\nO1,ACME,10\n')).toEqual([
      'orders.csv:1: header: required column "ordered_on" is missing (expected columns ref, customer, ordered_on, amount)',
      'orders.csv:2: customer: no customer with key "ACME" in this import or the roster (expected one from customers.csv or already imported)',
    ]);
  });

  it('refuses duplicate natural keys inside a file, customer keys compared case-insensitively', async () => {
    const folder = writeCsvFolder({
      'customers.csv': CUSTOMERS,
      'contacts.csv': 'customer,name\nACME,Maria Rossi\nacme,Maria Rossi\nGLOBEX,Maria Rossi\n',
      'orders.csv': 'ref,customer,ordered_on,amount\nO1,ACME,2026-01-02,10\nO2,ACME,2026-01-02,10\nO1,GLOBEX,2026-01-03,5\n',
    });
    expect(problemsOf(await runImport(t.db, { target: folder, actor, now, settings })).map((p) => p.replace(`${folder}/`, ''))).toEqual([
      'contacts.csv:3: customer, name: "ACME" / "Maria Rossi" appears again (first on line 2) (expected one row per customer and name)',
      'orders.csv:4: ref: "O1" appears again (first on line 2) (expected one row per ref)',
    ]);
    expect(await rowCount('customers')).toBe(0);
  });

  it('refuses references to customers, people and departments that are neither in the import nor in the roster', async () => {
    const folder = writeCsvFolder({
      'customers.csv': 'key,name,owner\nACME,Acme Corp,U0NOBODY\n',
      'orders.csv': 'ref,customer,ordered_on,amount\nO1,ACME,2026-01-02,10\nO2,GHOST,2026-01-02,10\n',
      'people.csv': 'slack_user_id,name,department\nU0LINWEI,Lin Wei,Nowhere\n',
    });
    expect(problemsOf(await runImport(t.db, { target: folder, actor, now, settings })).map((p) => p.replace(`${folder}/`, ''))).toEqual([
      'people.csv:2: department: no department with name "Nowhere" in this import or the roster (expected one from departments.csv or already imported)',
      'customers.csv:2: owner: no person with Slack member id "U0NOBODY" in this import or the roster (expected one from people.csv or already imported)',
      'orders.csv:3: customer: no customer with key "GHOST" in this import or the roster (expected one from customers.csv or already imported)',
    ]);
    expect(await rowCount('people')).toBe(0);
  });

  it('refuses impossible birthdays, invalid time zones, negative amounts and survey scores outside 0–100', async () => {
    await runImport(t.db, { target: writeCsvFolder({ 'customers.csv': CUSTOMERS }), actor, now, settings }).then((o) => expect(o.ok).toBe(true));
    expect(await problems('contacts', 'customer,name,birthday\nACME,Maria Rossi,02-30\nACME,Tom,1985-02-29\nACME,Li,02-29\n')).toEqual([
      'contacts.csv:2: birthday: "02-30" is not a possible birthday: month 2 has at most 29 days (expected MM-DD, e.g. 11-27)',
      'contacts.csv:3: birthday: "1985-02-29" does not exist: month 2 of 1985 has 28 days (expected a real date)',
    ]);
    expect(await problems('people', 'slack_user_id,name,time_zone\nU0A,Ann,Asia/Shanghai\nU0B,Bob,Europe/Berln\n')).toEqual([
      'people.csv:3: time_zone: "Europe/Berln" is not an IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin, America/Los_Angeles)',
    ]);
    expect(await problems('payments', 'ref,customer,amount,due_on\nI1,ACME,-10.00,2026-01-31\n')).toEqual([
      'payments.csv:2: amount: "-10.00" is negative (expected an amount from 0 to 999999999999.99 with at most 2 decimals, e.g. 12500.00)',
    ]);
    expect(await problems('surveys', 'customer,surveyed_on,score\nACME,2026-01-31,101\nGLOBEX,2026-01-31,-1\n')).toEqual([
      'surveys.csv:2: score: "101" is out of range (expected a score from 0 to 100 with at most 2 decimals, e.g. 87.5)',
      'surveys.csv:3: score: "-1" is negative (expected a score from 0 to 100 with at most 2 decimals, e.g. 87.5)',
    ]);
    expect(await problems('interactions', 'customer,occurred_at,kind\nACME,2026-01-31 10:00,call\n')).toEqual([
      'interactions.csv:2: occurred_at: "2026-01-31 10:00" is not a time with offset (expected an ISO time with its UTC offset, e.g. 2026-03-04T10:30+08:00 or 2026-03-04T02:30Z)',
    ]);
    expect(await rowCount('contacts')).toBe(0);
  });

  it('refuses empty, binary, non-UTF-8 and unparseable files', async () => {
    expect(await problems('customers', '')).toEqual([
      'customers.csv: the file is empty (expected a header row such as key,name,tier, then one row per record)',
    ]);
    expect(await problems('customers', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))).toEqual([
      'customers.csv: contains a NUL byte at byte 4: this is a binary file, not CSV text (expected a UTF-8 CSV file)',
    ]);
    expect(await problems('customers', Buffer.from('key,name\nACME,Caf\xe9\n', 'latin1'))).toEqual([
      'customers.csv: is not UTF-8 text (invalid byte sequence after byte 0) (expected a UTF-8 CSV file; in a spreadsheet choose "CSV UTF-8")',
    ]);
    expect(await problems('customers', 'key,name\nACME,"Acme\nGLOBEX,Globex\n')).toEqual([
      'customers.csv:2: CSV syntax: a quoted value is never closed (a " opens it but no matching " ends it) (expected RFC 4180: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")',
    ]);
  });

  it('lists syntax, column and value problems of one file in one pass, going on after broken quoting', async () => {
    const before = await rowCount('customers');
    const content = 'key,name,tier,colour\nACME,"Acme" Corp,strategic,red\nGLOBEX,Globex,gold,blue\nINITECH,"Initech,normal,green\n';
    expect(await problems('customers', content)).toEqual([
      // The list names every column of customers.csv, deputy_owner included since issue 14 (wt-absences).
      'customers.csv:1: header: unknown column "colour" (expected one of key, name, aliases, tier, value_segment, high_potential, owner, started_on, deputy_owner)',
      'customers.csv:2: CSV syntax: unexpected text after a closing quote (a " inside a quoted value must be doubled: "") (expected RFC 4180: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")',
      'customers.csv:3: tier: "gold" is not one of strategic, normal, new',
      'customers.csv:4: CSV syntax: a quoted value is never closed (a " opens it but no matching " ends it) (expected RFC 4180: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")',
    ]);
    expect(await rowCount('customers')).toBe(before);
  });

  it('refuses a 200 MB file at once, without reading it', async () => {
    const dir = writeCsvFolder({});
    const file = join(dir, 'orders.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no disk used, and it must not be read
    closeSync(fd);
    const started = performance.now();
    const outcome = await runImport(t.db, { target: file, actor, now, settings });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problemsOf(outcome)).toEqual([
      `${file}: the file is 200.0 MB, over the 64 MB import limit (expected a smaller file: split it, or raise the limit with --max-size <MB>)`,
    ]);
  });

  it('lists at most 50 problems, then how many more', async () => {
    const rows = ['ref,customer,ordered_on,amount'];
    for (let i = 0; i < 120; i++) rows.push(`O${i},NOBODY,2026-01-01,-1`);
    const listed = await problems('orders', rows.join('\n'));
    expect(listed).toHaveLength(51);
    expect(listed[0]).toBe('orders.csv:2: amount: "-1" is negative (expected an amount from 0 to 999999999999.99 with at most 2 decimals, e.g. 12500.00)');
    expect(listed[50]).toBe('…and 190 more');
  });

  it('all or nothing: one bad row in the last file of a folder leaves every table untouched', async () => {
    const before = await rowCount('customers');
    const orders = ['ref,customer,ordered_on,amount'];
    for (let i = 0; i < 999; i++) orders.push(`SO-${i},NEWCO,2026-01-01,100`);
    orders.push('SO-999,NEWCO,2026-01-01,ten');
    const folder = writeCsvFolder({ 'customers.csv': 'key,name\nNEWCO,New Co\n', 'orders.csv': orders.join('\n') });
    expect(problemsOf(await runImport(t.db, { target: folder, actor, now, settings })).map((p) => p.replace(`${folder}/`, ''))).toEqual([
      'orders.csv:1001: amount: "ten" is not a number (expected an amount from 0 to 999999999999.99 with at most 2 decimals, e.g. 12500.00)',
    ]);
    expect([await rowCount('customers'), await rowCount('orders')]).toEqual([before, 0]);
  });

  it('single files in the documented order settle departments and their heads', async () => {
    const dir = writeCsvFolder({
      'departments.csv': 'name,slack_channel,head\nSales,#sales,U0LINWEI\n',
      'departments-without-head.csv': 'name,slack_channel\nSales,#sales\n',
      'people.csv': 'slack_user_id,name,department,roles\nU0LINWEI,Lin Wei,Sales,department_head; owner\n',
    });
    expect(problemsOf(await runImport(t.db, { target: join(dir, 'departments.csv'), actor, now, settings }))).toEqual([
      `${dir}/departments.csv:2: head: no person with Slack member id "U0LINWEI" in this import or the roster (expected one from people.csv or already imported)`,
    ]);
    for (const [file, type] of [['departments-without-head.csv', 'departments'], ['people.csv', undefined], ['departments.csv', undefined]] as const) {
      const outcome = await runImport(t.db, { target: join(dir, file), type, actor, now, settings });
      expect(outcome.ok).toBe(true);
    }
    const [sales] = await t.db.prisma.$queryRawUnsafe<{ head: string; roles: string[] }[]>(
      `SELECT pi.external_id AS head, p.roles::text[] AS roles FROM departments d JOIN people p ON p.id = d.head_id JOIN person_identities pi ON pi.person_id = p.id AND pi.platform = 'slack'`,
    );
    expect(sales).toEqual({ head: 'U0LINWEI', roles: ['department_head', 'owner'] });
  });

  it('tolerates a BOM, CRLF, quoted fields and any column order; a header alone imports nothing', async () => {
    const dir = writeCsvFolder({
      'customers.csv': '\ufefftier,"name",KEY\r\nnew,"Hooli, ""the"" company",hooli\r\n',
      'orders.csv': 'amount,ordered_on,customer,ref\r\n',
    });
    const outcome = await runImport(t.db, { target: dir, actor, now, settings });
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.files.map((f) => [f.type, f.rows, f.inserted])).toEqual([['customers', 1, 1], ['orders', 0, 0]]);
    const [hooli] = await t.db.prisma.$queryRawUnsafe<{ name: string; tier: string }[]>(`SELECT name, tier::text FROM customers WHERE key = 'HOOLI'`);
    expect(hooli).toEqual({ name: 'Hooli, "the" company', tier: 'new' });
  });

  it('says which type a file holds when neither --type nor its name tells', async () => {
    const types = importTypes.map((type) => type.name);
    const dir = writeCsvFolder({ 'export.csv': CUSTOMERS, 'notes.csv': 'x\n' });
    expect(problemsOf(await runImport(t.db, { target: join(dir, 'export.csv'), actor, now, settings }))).toEqual([
      `${dir}/export.csv: which type does it hold? (expected --type <${types.join('|')}>, e.g. --type customers)`,
    ]);
    expect(problemsOf(await runImport(t.db, { target: join(dir, 'export.csv'), type: 'clients', actor, now, settings }))).toEqual([
      `--type: "clients" is not one of ${types.join(', ')}`,
    ]);
    expect(problemsOf(await runImport(t.db, { target: dir, actor, now, settings }))).toEqual([
      `${dir}: cannot tell what export.csv, notes.csv hold (expected file names ${types.map((name) => `${name}.csv`).join(', ')})`,
    ]);
  });
});
