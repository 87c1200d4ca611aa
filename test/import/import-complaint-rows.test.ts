import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/db/import/run-import.js';
import { withActor } from '../../src/db/with-actor.js';
import { teamSettingsSchema } from '../../src/config/team-settings.js';
import { useTestDatabase } from '../support/use-test-database.js';
import { writeCsvFolder } from './write-csv-folder.js';

const t = useTestDatabase();
const now = new Date('2026-11-24T02:00:00Z');
const settings = teamSettingsSchema.parse({});
const actor = 'cli:tester';
const HEADER = 'ref,customer,class,category,description,status,opened_at,first_response_at,resolved_at,closed_at';

async function importComplaints(rows: string[]) {
  const dir = writeCsvFolder({ 'complaints.csv': [HEADER, ...rows].join('\n') });
  const file = join(dir, 'complaints.csv');
  const outcome = await runImport(t.db, { target: file, type: 'complaints', actor, now, settings });
  return outcome.ok ? outcome : { ...outcome, problems: outcome.problems.map((p) => p.replace(file, 'complaints.csv')) };
}

beforeAll(async () => {
  await withActor(t.db, actor, (tx) => tx.customer.create({ data: { key: 'ACME', name: 'Acme Corp' } }));
});

describe('complaints.csv: status and times must agree', () => {
  it('refuses every contradictory row, one line each, and writes nothing', async () => {
    const outcome = await importComplaints([
      'K-1,ACME,general,delivery,late,closed,2026-03-04T10:30+08:00,,2026-03-05T16:00+08:00,',
      'K-2,ACME,general,delivery,late,reopened,2026-03-04T10:30+08:00,,,2026-03-06T09:00+08:00',
      'K-3,ACME,general,delivery,late,resolved,2026-03-04T10:30+08:00,,2026-03-03T16:00+08:00,',
      'K-4,ACME,urgent,delivery,late,open,2026-03-04T10:30+08:00,,2026-03-05T16:00+08:00,',
      'K-5,ACME,general,delivery,late,resolved,2026-03-04T10:30+08:00,,,',
      'K-6,ACME,general,delivery,late,closed,2026-03-04T10:30+08:00,2026-03-04T09:00+08:00,2026-03-05T16:00+08:00,2026-03-05T15:00+08:00',
      'K-7,ACME,general,delivery,late,closed,2026-03-04T10:30+08:00,,,2026-03-06T09:00+08:00',
      // a bad cell is reported once, by its own check
      'K-8,ACME,general,delivery,late,closed,2026-03-04T10:30+08:00,,2026-03-05 16:00,2026-03-06T09:00+08:00',
    ]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems).toEqual([
      'complaints.csv:2: closed_at: is empty, but status closed needs when the customer confirmed the solution (expected e.g. 2026-03-06T09:00+08:00)',
      'complaints.csv:3: closed_at: is 2026-03-06T01:00:00.000Z, but a case with status reopened has no closed time (expected it empty, or status closed)',
      'complaints.csv:4: resolved_at: 2026-03-03T08:00:00.000Z is before opened_at 2026-03-04T02:30:00.000Z (expected a time at or after opened_at)',
      'complaints.csv:5: resolved_at: is 2026-03-05T08:00:00.000Z, but a case with status open has no resolved time (expected it empty, or status resolved or closed)',
      'complaints.csv:6: resolved_at: is empty, but status resolved needs when it was solved (expected e.g. 2026-03-05T16:00+08:00)',
      'complaints.csv:7: first_response_at: 2026-03-04T01:00:00.000Z is before opened_at 2026-03-04T02:30:00.000Z (expected a time at or after opened_at)',
      'complaints.csv:7: closed_at: 2026-03-05T07:00:00.000Z is before resolved_at 2026-03-05T08:00:00.000Z (expected a time at or after resolved_at)',
      'complaints.csv:8: resolved_at: is empty, but status closed needs when it was solved (expected e.g. 2026-03-05T16:00+08:00)',
      expect.stringMatching(/^complaints\.csv:9: resolved_at: "2026-03-05 16:00" is not a time with offset/),
    ]);
    expect(await t.db.prisma.complaint.count()).toBe(0);
  });

  it('imports consistent rows of every status', async () => {
    const outcome = await importComplaints([
      'K-1,ACME,general,delivery,late,open,2026-03-04T10:30+08:00,,,',
      'K-2,ACME,general,delivery,late,acknowledged,2026-03-04T10:30+08:00,2026-03-04T11:00+08:00,,',
      'K-3,ACME,general,delivery,late,resolved,2026-03-04T10:30+08:00,2026-03-04T11:00+08:00,2026-03-05T16:00+08:00,',
      'K-4,ACME,general,delivery,late,closed,2026-03-04T10:30+08:00,,2026-03-05T16:00+08:00,2026-03-05T16:00+08:00',
      'K-5,ACME,general,delivery,late,reopened,2026-03-04T10:30+08:00,,,',
    ]);
    expect(outcome).toMatchObject({ ok: true, changed: 5 });
  });
});
