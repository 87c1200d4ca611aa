import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../../src/config/team-settings.js";
import { runImport } from "../../../src/db/import/run-import.js";
import { writeImportedAssessments } from "../../../src/db/health/write-imported-assessments.js";
import { findExistingKeys } from "../../../src/db/import/find-existing-keys.js";
import { withActor } from "../../../src/db/with-actor.js";
import { checkReferences } from "../../../src/import/check-references.js";
import { importLimitsSchema } from "../../../src/import/import-limits.js";
import { ImportProblems } from "../../../src/import/import-problems.js";
import { parseImportFile } from "../../../src/import/parse-import-file.js";
import { assessmentsImport } from "../../../src/import/types/assessments-import.js";
import { checkAssessmentRows } from "../../../src/import/types/check-assessment-rows.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { playbook } from "../health-inputs-fixture.js";
import { seedHealthRoster } from "../seed-health-roster.js";

const t = useTestDatabase();
const folder = mkdtempSync(join(tmpdir(), "steward-assessments-"));

beforeAll(async () => {
  await seedHealthRoster(t.db);
});

/** The framework's checks (cells, keys, references) plus the assessment rule, then the health writer. */
async function importCsv(name: string, csv: string) {
  const path = join(folder, name);
  writeFileSync(path, csv);
  const problems = new ImportProblems(50);
  const file = await parseImportFile(path, name, assessmentsImport, importLimitsSchema.parse({}), problems);
  await checkReferences([file!], (target, keys) => findExistingKeys(t.db, target, keys), problems);
  checkAssessmentRows(file!, problems);
  if (problems.total > 0) return { problems: problems.format() };
  const counts = await withActor(t.db, "cli:ana", (tx) =>
    writeImportedAssessments(tx, file!, { actor: "cli:ana", now: new Date("2026-11-24T02:00:00Z"), settings: { health: playbook, calendar: { timeZone: "Asia/Shanghai" } } }),
  );
  return { counts };
}

describe("steward import --type assessments", () => {
  it("turns each row into a snapshot scored with the data of its date, overrides kept", async () => {
    const result = await importCsv(
      "history.csv",
      [
        "customer,assessed_on,needs_fit,stability,satisfaction,engagement,risk,reason,assessor",
        "globex,2026-06-30,7,9,,,,steady orders despite one late payment,U0MEI",
        "INITECH,2026-06-30,4,,,,,,",
      ].join("\n"),
    );
    expect(result).toEqual({ counts: { inserted: 2, updated: 0 } });
    const globex = await t.db.prisma.assessment.findFirstOrThrow({
      where: { customer: { key: "GLOBEX" }, assessedOn: new Date("2026-06-30") },
      include: { overrides: { include: { author: true } }, assessor: true },
    });
    expect(globex.assessor?.name).toBe("Mei Chen");
    expect(globex.needsFit).toBe(7);
    expect(globex.overrides.map((o) => [o.dimension, Number(o.score), o.reason, o.author?.name])).toEqual([
      ["stability", 9, "steady orders despite one late payment", "Mei Chen"],
    ]);
    const snapshot = globex.snapshot as { source: unknown; score: { asOf: string; composite: number; window: unknown }; recordedBy: string };
    expect(snapshot.source).toEqual({ file: "history.csv", line: 2 });
    expect(snapshot.recordedBy).toBe("cli:ana");
    expect(snapshot.score.asOf).toBe("2026-06-30");
    expect(snapshot.score.window).toEqual({ start: "2025-12-01", end: "2026-06-01" });
    expect(Number(globex.composite)).toBe(snapshot.score.composite);
    const initech = await t.db.prisma.assessment.findFirstOrThrow({ where: { customer: { key: "INITECH" }, assessedOn: new Date("2026-06-30") } });
    expect(initech.assessorId).toBeNull();
    expect((initech.snapshot as { inputs: { assessment: { assessor: string } } }).inputs.assessment.assessor).toBe("cli:ana");
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await t.db.prisma.assessment.count();
    const result = await importCsv(
      "history.csv",
      "customer,assessed_on,needs_fit,stability,reason,assessor\nglobex,2026-06-30,1,2,different now,U0MEI\n",
    );
    expect(result).toEqual({ counts: { inserted: 0, updated: 0 } });
    expect(await t.db.prisma.assessment.count()).toBe(before);
    const globex = await t.db.prisma.assessment.findFirstOrThrow({ where: { customer: { key: "GLOBEX" }, assessedOn: new Date("2026-06-30") } });
    expect(globex.needsFit).toBe(7);
  });

  it("refuses an override without a reason even when handed a file nobody checked", async () => {
    const path = join(folder, "unchecked.csv");
    writeFileSync(path, "customer,assessed_on,needs_fit,risk\nACME,2026-04-30,7,5\n");
    const file = await parseImportFile(path, "unchecked.csv", assessmentsImport, importLimitsSchema.parse({}), new ImportProblems(5));
    const before = await t.db.prisma.assessment.count();
    await expect(
      withActor(t.db, "cli:ana", (tx) =>
        writeImportedAssessments(tx, file!, { actor: "cli:ana", now: new Date("2026-11-24T02:00:00Z"), settings: { health: playbook, calendar: { timeZone: "UTC" } } }),
      ),
    ).rejects.toThrow('unchecked.csv:2: reason: an override (risk) needs a written reason (expected e.g. "orders steady at ¥1.2M ± ¥0.1M")');
    expect(await t.db.prisma.assessment.count()).toBe(before);
  });

  it("lists every bad row and writes nothing", async () => {
    const before = await t.db.prisma.assessment.count();
    const result = await importCsv(
      "bad.csv",
      [
        "customer,assessed_on,needs_fit,stability,satisfaction,reason,assessor",
        "ACME,2026-07-31,11,,,,",
        "ACME,2026-07-32,7,,,,",
        "ACME,2026-06-30,7,10.25,,x,",
        "ACME,2026-05-30,7,,8,,",
        "NOPE,2026-05-30,7,,,,U0GHOST",
      ].join("\n"),
    );
    expect(result.problems).toEqual([
      'bad.csv:2: needs_fit: "11" is out of range (expected a judgement from 0 to 10 with at most 0 decimals, e.g. 7)',
      'bad.csv:3: assessed_on: "2026-07-32" does not exist: month 7 of 2026 has 31 days (expected a real date)',
      'bad.csv:4: stability: "10.25" has more than 1 decimals (expected a score from 0 to 10 with at most 1 decimals, e.g. 8.5)',
      'bad.csv:5: reason: an override (satisfaction) needs a written reason (expected e.g. "orders steady at ¥1.2M ± ¥0.1M")',
      'bad.csv:6: customer: no customer with key "NOPE" in this import or the roster (expected one from customers.csv or already imported)',
      'bad.csv:6: assessor: no person with Slack member id "U0GHOST" in this import or the roster (expected one from people.csv or already imported)',
    ]);
    expect(await t.db.prisma.assessment.count()).toBe(before);
  });
});

describe("through steward import's own runner", () => {
  it("imports --type assessments with the health writer, in one transaction", async () => {
    const path = join(folder, "assessments-history.csv");
    writeFileSync(path, "customer,assessed_on,needs_fit,risk,reason\nUMBRELLA,2026-03-31,4,3,two open complaints at the time\n");
    const outcome = await runImport(t.db, {
      target: path,
      type: "assessments",
      actor: "cli:ana",
      now: new Date("2026-11-24T02:00:00Z"),
      settings: teamSettingsSchema.parse({}),
    });
    expect(outcome).toMatchObject({ ok: true, files: [{ type: "assessments", rows: 1, inserted: 1, updated: 0 }] });
    const saved = await t.db.prisma.assessment.findFirstOrThrow({
      where: { customer: { key: "UMBRELLA" }, assessedOn: new Date("2026-03-31") },
      include: { overrides: true },
    });
    expect(saved.overrides.map((o) => [o.dimension, Number(o.score), o.reason])).toEqual([["risk", 3, "two open complaints at the time"]]);
    const audit = await t.db.prisma.auditLog.findFirst({ where: { tableName: "assessments", rowId: String(saved.id) } });
    expect(audit?.actor).toBe("cli:ana");
  });
});
