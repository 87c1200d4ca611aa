import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/db/import/run-import.js';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-11-24T02:00:00Z');
const settings = teamSettingsSchema.parse({});

async function importFile(type: string, content: string) {
  const dir = writeCsvFolder({ [`${type}.csv`]: content });
  const outcome = await runImport(t.db, { target: join(dir, `${type}.csv`), type, actor: 'cli:tester', now, settings });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return { changed: outcome.changed, unchanged: outcome.unchanged };
}

const identities = () =>
  t.db.prisma.personIdentity.findMany({ orderBy: { externalId: 'asc' }, select: { platform: true, externalId: true, person: { select: { name: true } } } });
const channels = () =>
  t.db.prisma.departmentChannel.findMany({ orderBy: { channel: 'asc' }, select: { platform: true, channel: true, department: { select: { name: true } } } });

// people.csv names a person by their Slack member id, which is stored as their slack identity; departments.csv's
// slack_channel is the department's slack channel.
describe('importing identities and channels', () => {
  it("stores each person's slack_user_id as their slack identity, and finds them by it on the next import", async () => {
    expect(await importFile('people', 'slack_user_id,name\nU0LINWEI,Lin Wei\nU0ANNA,Anna\n')).toEqual({ changed: 2, unchanged: 0 });
    expect(await identities()).toEqual([
      { platform: 'slack', externalId: 'U0ANNA', person: { name: 'Anna' } },
      { platform: 'slack', externalId: 'U0LINWEI', person: { name: 'Lin Wei' } },
    ]);
    expect(await importFile('people', 'slack_user_id,name\nU0LINWEI,Lin Wei\nU0ANNA,Anna Berg\nU0NEW,New\n')).toEqual({ changed: 2, unchanged: 1 });
    expect(await t.db.prisma.person.count()).toBe(3);
    expect((await identities()).map((i) => [i.externalId, i.person.name])).toEqual([
      ['U0ANNA', 'Anna Berg'],
      ['U0LINWEI', 'Lin Wei'],
      ['U0NEW', 'New'],
    ]);
    // Each identity is written (and audited) once, when its person is first imported.
    const audited = await t.db.prisma.auditLog.findMany({ where: { tableName: 'person_identities' }, orderBy: { id: 'asc' } });
    expect(audited.map((row) => [row.actor, row.action, (row.after as { external_id: string }).external_id])).toEqual([
      ['cli:tester', 'insert', 'U0LINWEI'],
      ['cli:tester', 'insert', 'U0ANNA'],
      ['cli:tester', 'insert', 'U0NEW'],
    ]);
  });

  it("stores a department's slack_channel as its slack channel; a changed channel is one update, an empty one removes it", async () => {
    expect(await importFile('departments', 'name,slack_channel\nSales,#sales\nSupport,C0SUPPORT\nLegal,\n')).toEqual({ changed: 3, unchanged: 0 });
    expect(await channels()).toEqual([
      { platform: 'slack', channel: '#sales', department: { name: 'Sales' } },
      { platform: 'slack', channel: 'C0SUPPORT', department: { name: 'Support' } },
    ]);
    expect(await importFile('departments', 'name,slack_channel\nSales,#sales\nSupport,C0SUPPORT\nLegal,\n')).toEqual({ changed: 0, unchanged: 3 });
    expect(await importFile('departments', 'name,slack_channel\nSales,#sales-team\nSupport,\nLegal,#legal\n')).toEqual({ changed: 3, unchanged: 0 });
    expect((await channels()).map((c) => [c.department.name, c.channel])).toEqual([
      ['Legal', '#legal'],
      ['Sales', '#sales-team'],
    ]);
    // A file without the column leaves the channels as they are.
    expect(await importFile('departments', 'name\nSales\nSupport\n')).toEqual({ changed: 0, unchanged: 2 });
    expect(await t.db.prisma.departmentChannel.count()).toBe(2);
  });
});
