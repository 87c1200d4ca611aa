import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { composeMonthlyReport } from "../../src/app/complaints/compose-monthly-report.js";
import { runImport } from "../../src/db/import/run-import.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
const dir = mkdtempSync(join(tmpdir(), "steward-complaints-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = "ref,customer,class,category,description,source,status,tier,lead_department,opened_at,first_response_at,resolved_at,solution,closed_at";

describe("steward import --type complaints", () => {
  beforeAll(async () => {
    await seedComplaintRoster(t.db);
  });

  it("refuses a bad file whole, listing every problem by line and column", async () => {
    const path = file(
      "bad.csv",
      `${HEADER}\nCRM-1,ACME,urgent,delivery,Late shipment,phone,closed,1,Support,2026-10-05T10:00+08:00,,,,\nCRM-2,NOPE,loud,delivery,"",phone,shut,4,Support,2026-10-05,,,,\n`,
    );
    const outcome = await runImport(t.db, { target: path, type: "complaints", actor: "cli:test", now: new Date("2026-11-24T00:00:00Z"), settings: teamSettingsSchema.parse({}) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad\.csv:3: class: "loud" is not one of urgent, general, suggestion/),
        expect.stringMatching(/bad\.csv:3: status: "shut" is not one of open, acknowledged, resolved, closed, reopened/),
        expect.stringMatching(/bad\.csv:3: tier: "4" is not one of 1, 2, 3/),
        expect.stringMatching(/bad\.csv:3: opened_at: "2026-10-05" is not a time with offset/),
        expect.stringMatching(/bad\.csv:3: customer: .*NOPE/),
      ]),
    );
    expect(await t.db.prisma.complaint.count()).toBe(0);
  });

  it("imports history once (a second run changes nothing) and reports on it", async () => {
    const path = file(
      "complaints.csv",
      [
        HEADER,
        "CRM-1,ACME,general,delivery,Late shipment,phone,closed,1,Support,2026-10-05T10:00+08:00,2026-10-05T12:00+08:00,2026-10-06T10:00+08:00,Express re-send,2026-10-07T09:00+08:00",
        'CRM-2,acme,urgent,technical,"Line stopped,\nagain",mail,resolved,2,Support,2026-10-20T09:00+08:00,2026-10-20T13:00+08:00,2026-10-21T09:00+08:00,Patched,',
      ].join("\n"),
    );
    const first = await runImport(t.db, { target: path, type: "complaints", actor: "cli:test", now: new Date("2026-11-24T00:00:00Z"), settings: teamSettingsSchema.parse({}) });
    expect(first).toMatchObject({ ok: true, changed: 2 });
    const again = await runImport(t.db, { target: path, type: "complaints", actor: "cli:test", now: new Date("2026-11-24T00:00:00Z"), settings: teamSettingsSchema.parse({}) });
    expect(again).toMatchObject({ ok: true, changed: 0 });

    const rows = await t.db.prisma.complaint.findMany({ orderBy: { ref: "asc" } });
    expect(rows.map((r) => [r.ref, r.class, r.status, r.tier, r.openedAt.toISOString(), r.tierSince.toISOString(), r.description])).toEqual([
      ["CRM-1", "general", "closed", 1, "2026-10-05T02:00:00.000Z", "2026-10-05T02:00:00.000Z", "Late shipment"],
      ["CRM-2", "urgent", "resolved", 2, "2026-10-20T01:00:00.000Z", "2026-10-20T01:00:00.000Z", "Line stopped,\nagain"],
    ]);

    const settings = teamSettingsSchema.parse({});
    const report = await composeMonthlyReport(t.db, settings, "2026-10", new Date("2026-11-02T00:00:00Z"));
    expect(report.total).toBe(2);
    expect([report.resolved, report.resolutionRate]).toEqual([2, 1]);
    expect(report.medianFirstResponseMs).toBe(3 * 3_600_000);
    const compliance = Object.fromEntries(report.slaCompliance.filter((r) => r.cases > 0).map((r) => [`${r.class}/${r.tier}`, [r.met, r.cases]]));
    // CRM-1: answered in 2 h, resolved in 24 h — within general tier 1. CRM-2 was imported at tier 2 without
    // its history, so only tier 2 is judged: its first answer came 4 h in, after the 2 h acknowledgement deadline.
    expect(compliance).toEqual({ "general/1": [1, 1], "urgent/2": [0, 1] });
  });

  it("lets the scheduler pick up an imported case that is still open", async () => {
    const path = file(
      "open.csv",
      `${HEADER}\nCRM-3,ACME,general,billing,Invoice twice,mail,open,1,Support,2026-11-20T10:00+08:00,,,,\n`,
    );
    expect(await runImport(t.db, { target: path, type: "complaints", actor: "cli:test", now: new Date("2026-11-24T00:00:00Z"), settings: teamSettingsSchema.parse({}) })).toMatchObject({ ok: true, changed: 1 });
    const settings = teamSettingsSchema.parse({});
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    await complaintEscalationJob().run(new Date("2026-11-24T02:00:00Z"), { db: t.db, settings, logger: silent });
    const imported = await t.db.prisma.complaint.findUniqueOrThrow({ where: { ref: "CRM-3" } });
    expect(imported.tier).toBe(2);
    const events = await t.db.prisma.complaintEvent.findMany({ where: { complaintId: imported.id } });
    // Issue 14: general complaints run on business hours; the playbook's 24 h are one working day (Friday
    // 10:00 → Monday 10:00), long passed by Tuesday 10:00.
    expect(events.map((e) => [e.kind, e.actor, e.reason])).toEqual([["escalation", "steward", "no first response within 1 working day"]]);
  });
});
