import { describe, expect, it } from 'vitest';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { runImport } from '../../src/db/import/run-import.js';
import { writeCsvFolder } from '../import/write-csv-folder.js';
import { useTestDatabase } from '../support/use-test-database.js';

const t = useTestDatabase();
const now = new Date('2026-12-01T10:00:00Z');
const settings = teamSettingsSchema.parse({});
const actor = 'cli:hr';
const PEOPLE = 'slack_user_id,name,time_zone\nU0LUKAS,Lukas Meyer,Europe/Berlin\nU0PRIYA,Priya Shah,Europe/Berlin\n';
const CUSTOMERS = 'key,name,owner,deputy_owner\nACME,Acme Corp,U0LUKAS,U0PRIYA\n';
const absences = async () =>
  (await t.db.prisma.$queryRawUnsafe<{ row: string }[]>(
    `SELECT p.external_id || ' ' || a.starts_on || '..' || a.ends_on || ' ' || coalesce(d.external_id, '-') || ' ' || a.recorded_by AS row
       FROM absences a JOIN person_identities p ON p.person_id = a.person_id AND p.platform = 'slack'
       LEFT JOIN person_identities d ON d.person_id = a.deputy_id AND d.platform = 'slack' ORDER BY a.starts_on`,
  )).map((r) => r.row);

describe('steward import --type absences', () => {
  it('refuses the whole folder when a row is wrong, naming file, line, column and the right form', async () => {
    const dir = writeCsvFolder({
      'people.csv': PEOPLE,
      'customers.csv': 'key,name,owner,deputy_owner\nACME,Acme Corp,U0LUKAS,U0LUKAS\n',
      'absences.csv': 'person,from,to,deputy\nU0LUKAS,2026-12-20,2026-12-10,U0PRIYA\nU0PRIYA,2026-12-20,2026-12-21,U0PRIYA\nU0GHOST,2026-12-20,2026-12-21,\nU0LUKAS,2026-12-01,2026-12-05,\nU0LUKAS,2026-12-04,2026-12-06,\n',
    });
    const outcome = await runImport(t.db, { target: dir, actor, now, settings });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((line) => line.slice(dir.length + 1))).toEqual([
      'customers.csv:2: deputy_owner: U0LUKAS is the owner already (expected someone else\'s Slack member id, or empty)',
      'absences.csv:2: to: 2026-12-10 is before the first day 2026-12-20 (expected a last day on or after it, e.g. 2026-12-20)',
      'absences.csv:3: deputy: U0PRIYA cannot be their own deputy (expected someone else\'s Slack member id, or empty)',
      'absences.csv:4: person: no person with Slack member id "U0GHOST" in this import or the roster (expected one from people.csv or already imported)',
      'absences.csv:6: from: 2026-12-04..2026-12-06 overlaps U0LUKAS\'s absence 2026-12-01..2026-12-05 on line 5 (expected one row per absence)',
    ]);
    expect(await t.db.prisma.person.count()).toBe(0);
    expect(await absences()).toEqual([]);
  });

  it('imports absences and deputy owners, attributed to the importing user; the same file again changes nothing', async () => {
    const dir = writeCsvFolder({ 'people.csv': PEOPLE, 'customers.csv': CUSTOMERS, 'absences.csv': 'person,from,to,deputy\nU0LUKAS,2026-12-20,2027-01-03,U0PRIYA\n' });
    const first = await runImport(t.db, { target: dir, actor, now, settings });
    if (!first.ok) throw new Error(first.problems.join('\n'));
    expect(first.files.map((f) => [f.type, f.inserted, f.updated])).toEqual([['people', 2, 0], ['customers', 1, 0], ['absences', 1, 0]]);
    expect(await absences()).toEqual(['U0LUKAS 2026-12-20..2027-01-03 U0PRIYA cli:hr']);
    const acme = await t.db.prisma.customer.findUniqueOrThrow({ where: { key: 'ACME' }, include: { deputyOwner: { include: { identities: true } } } });
    expect(acme.deputyOwner?.identities.map((i) => i.externalId)).toEqual(['U0PRIYA']);
    const again = await runImport(t.db, { target: dir, actor: 'cli:other', now, settings });
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.changed).toBe(0);
    const changed = await runImport(t.db, { target: writeCsvFolder({ 'absences.csv': 'person,from,to,deputy\nU0LUKAS,2026-12-20,2026-12-31,\n' }), actor: 'cli:other', now, settings });
    if (!changed.ok) throw new Error(changed.problems.join('\n'));
    expect(await absences()).toEqual(['U0LUKAS 2026-12-20..2026-12-31 - cli:hr']);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: 'absences' }, orderBy: { id: 'asc' } });
    expect(audit.map((row) => `${row.action} ${row.actor}`)).toEqual(['insert cli:hr', 'update cli:other']);
  });
});
