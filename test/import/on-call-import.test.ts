import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { runImport, type ImportOutcome } from '../../src/db/import/run-import.js';
import { loadOnCall } from '../../src/db/on-call/load-on-call.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-12-01T10:00:00Z');
const settings = teamSettingsSchema.parse({
  calendar: { timeZone: 'Europe/Berlin' },
  complaints: { onCall: { rotations: [{ name: 'From the settings file', tier: 2, timeZone: 'Europe/Berlin', handoff: { weekday: 'monday', time: '09:00' }, startsOn: '2026-11-30', members: ['Tom'] }] } },
});
const actor = 'cli:tester';
const ROSTER = {
  'departments.csv': 'name\nSupport\n',
  'people.csv': 'slack_user_id,name,department,roles\nU0LUKAS,Lukas,Support,tech_support\nU0TOM,Tom,Support,tech_support\nU0PRIYA,Priya,Support,tech_support\n',
};
const ROTATIONS = 'name,tier,department,time_zone,length,handoff_weekday,handoff_time,starts_on,members\nTechnical support,2,,Europe/Berlin,weekly,monday,09:00,2026-11-30,U0LUKAS; U0TOM\nSupport heads,3,Support,Europe/Berlin,3d,,08:00,2026-12-01,U0PRIYA\n';
const problemsOf = (outcome: ImportOutcome) => (outcome.ok ? [] : outcome.problems);
const importFile = (type: string, content: string) => {
  const dir = writeCsvFolder({ [`${type}.csv`]: content });
  return runImport(t.db, { target: join(dir, `${type}.csv`), type, actor, now, settings });
};

describe('steward import --type rotations / overrides', () => {
  it('refuses a file with any bad row, says where and why, and writes nothing', async () => {
    expect((await runImport(t.db, { target: writeCsvFolder(ROSTER), actor, now, settings })).ok).toBe(true);
    const bad = 'name,tier,time_zone,length,handoff_weekday,handoff_time,starts_on,members\nA,2,Europe/Berlin,weekly,tuesday,09:00,2026-11-30,U0LUKAS\nB,2,Europe/Berlin,daily,,9am,2026-11-30,U0NOBODY\n';
    const file = writeCsvFolder({ 'rotations.csv': bad });
    expect(problemsOf(await runImport(t.db, { target: join(file, 'rotations.csv'), actor, now, settings }))).toEqual([
      `${file}/rotations.csv:2: starts_on: 2026-11-30 is a monday; a rotation handing off on tuesday starts on a tuesday`,
      `${file}/rotations.csv:3: handoff_time: "9am" is not a time of day (expected HH:mm on a 24-hour clock, e.g. 09:00)`,
      `${file}/rotations.csv:3: department: line 2 already has the rotation for tier 2 of every department (expected one per tier and department)`,
      `${file}/rotations.csv:3: members: no person with Slack member id "U0NOBODY" in this import or the roster (expected one from people.csv or already imported)`,
    ]);
    const unknown = writeCsvFolder({ 'rotations.csv': 'name,tier,time_zone,length,handoff_time,starts_on,members\nB,2,Europe/Berlin,daily,09:00,2026-11-30,U0LUKAS; U0NOBODY; U0TOM\n' });
    expect(problemsOf(await runImport(t.db, { target: join(unknown, 'rotations.csv'), actor, now, settings }))).toEqual([
      // One unknown item of a list is named.
      `${unknown}/rotations.csv:2: members: no person with Slack member id "U0NOBODY" in this import or the roster (expected one from people.csv or already imported)`,
    ]);
    expect(await t.db.prisma.onCallRotation.count()).toBe(0);
  });

  it('stores rotations, attributed to the importer; importing again changes nothing; a stored rotation replaces the settings one', async () => {
    const first = await importFile('rotations', ROTATIONS);
    expect(first).toMatchObject({ ok: true, changed: 2 });
    expect(await importFile('rotations', ROTATIONS)).toMatchObject({ ok: true, changed: 0, unchanged: 2 });
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: 'on_call_rotations' } });
    expect(audit.map((row) => [row.actor, row.action])).toEqual([[actor, 'insert'], [actor, 'insert']]);
    const onCall = await loadOnCall(t.db.prisma, settings.complaints.onCall, 'Europe/Berlin', now);
    expect(onCall.rotations.map((r) => [r.name, r.tier, r.source, r.lengthDays, r.memberIds.length])).toEqual([
      ['Technical support', 2, 'database', 7, 2],
      ['Support heads', 3, 'database', 3, 1],
    ]);
  });

  it('stores overrides as whole days in the team zone, once', async () => {
    const csv = 'person,for,from,to\nU0PRIYA,U0LUKAS,2026-12-20,2026-12-27\n';
    expect(problemsOf(await importFile('overrides', 'person,for,from,to\nU0PRIYA,U0LUKAS,2026-12-27,2026-12-20\n'))).toHaveLength(1);
    expect(await importFile('overrides', csv)).toMatchObject({ ok: true, changed: 1 });
    expect(await importFile('overrides', csv)).toMatchObject({ ok: true, changed: 0 });
    const rows = await t.db.prisma.onCallOverride.findMany();
    expect(rows.map((row) => [row.startsAt.toISOString(), row.endsAt.toISOString()])).toEqual([['2026-12-19T23:00:00.000Z', '2026-12-27T23:00:00.000Z']]);
  });
});
