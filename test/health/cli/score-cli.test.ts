import { beforeAll, describe, expect, it, vi } from "vitest";
import { scoreCommand } from "../../../src/cli/commands/score-command.js";
import { scoreRun, type ScoreRunOptions } from "../../../src/cli/commands/score-run.js";
import { describeWithServer } from "../../support/describe-with-server.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { playbook } from "../health-inputs-fixture.js";
import { seedHealthRoster } from "../seed-health-roster.js";

const t = useTestDatabase();
const settings = { health: playbook, timeZone: "Asia/Shanghai" };
const now = new Date("2026-11-24T01:00:00Z");

beforeAll(async () => {
  await seedHealthRoster(t.db);
});

async function run(options: Partial<ScoreRunOptions>) {
  const out: string[] = [];
  const notes: string[] = [];
  await scoreRun(t.db, settings, { customer: undefined, at: undefined, json: false, all: false, ...options }, {
    now,
    out: (text) => out.push(text),
    note: (text) => notes.push(text),
  });
  return { out: out.join("\n"), notes };
}

describe("steward score", () => {
  it("prints the same report as the slash command", async () => {
    const { out } = await run({ customer: "acme" });
    expect(out.split("\n")[0]).toBe("ACME · Acme Corp — 9.6 / 10 · excellent");
    expect(out).toContain("stability     9.0 / 10         30 %  monthly orders within ±8.4 % of ¥1.2M; 3 payments, all on time");
    expect(out).toContain("override 9.0 (computed 10.0) by Mei Chen on 2026-08-31: orders steady at ¥1.2M ± ¥0.1M");
    expect(out).toContain("Strategy (excellent): executive visits");
  });

  it("prints JSON with the documented shape", async () => {
    const json = JSON.parse((await run({ customer: "UMBRELLA", json: true })).out);
    expect(json).toMatchObject({ customer: "UMBRELLA", at: "2026-11-24", composite: 2.8, grade: "poor", provisional: true });
    expect(json.strategy).toMatch(/^special team/);
    expect(json.dimensions[1]).toEqual({
      name: "satisfaction",
      label: "satisfaction",
      weight: 25,
      score: null,
      computed: null,
      override: null,
      evidence: "",
      missing: ["satisfaction survey: none in the last 12 months"],
    });
    expect(Object.keys(json.dimensions[0])).toEqual(["name", "label", "weight", "score", "computed", "override", "evidence", "missing"]);
  });

  it("evaluates --at a past date and refuses a future one", async () => {
    const json = JSON.parse((await run({ customer: "ACME", at: "2026-08-31", json: true })).out);
    expect(json.at).toBe("2026-08-31");
    await expect(run({ customer: "ACME", at: "2026-12-01" })).rejects.toThrow(
      "--at: `2026-12-01` is in the future: a score can only be evaluated up to today (2026-11-24)",
    );
  });

  it("explains a missing, unknown or ambiguous customer (exit 1 via InputError)", async () => {
    await expect(run({})).rejects.toThrow(/^Which customer\? Usage: `steward score <customer>`/);
    await expect(run({ customer: "ACMEE" })).rejects.toThrow("No customer matches `ACMEE` — did you mean ACME (Acme Corp) or ACMES (Acme South)?");
    await expect(run({ customer: "acm" })).rejects.toThrow("Several customers match `acm`; name one by its key:\n  ACME  Acme Corp\n  ACMES  Acme South");
    await expect(run({ customer: "x".repeat(10_000) })).rejects.toThrow("That customer is 10,000 characters long");
  });

  it("scores --all customers, worst first, and reports customers/s", async () => {
    const { out, notes } = await run({ all: true });
    expect(out.split("\n").map((line) => line.trim().split(/\s+/).slice(-3)[0])).toContain("UMBRELLA");
    expect(out.split("\n")[0]).toMatch(/^ 2\.8 {2}poor {12}provisional UMBRELLA {2}Umbrella Trading$/);
    expect(notes[0]).toMatch(/^Scored 6 customers as of 2026-11-24 in \d+\.\d\d s \(\d+ customers\/s\)\.$/);
    const lines = (await run({ all: true, json: true })).out.split("\n").map((line) => JSON.parse(line));
    expect(lines.find((l) => l.customer === "GLOBEX")).toMatchObject({ composite: 7.5, grade: "good" });
  });
});

describeWithServer("steward score as the CLI runs it (config, store, arguments)", () => {
  it("prints JSON for --at and maps bad flags to a usage message", async () => {
    const saved = { ...process.env };
    const out: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((text: string) => void out.push(text));
    try {
      for (const key of Object.keys(process.env)) if (/^(SLACK_|STEWARD_CONFIG)/.test(key)) delete process.env[key];
      process.env.DATABASE_URL = t.url;
      expect(await scoreCommand.run(["Acme", "Corp", "--at", "2026-11-24", "--json"])).toBe(0);
      expect(JSON.parse(out.join("\n"))).toMatchObject({ customer: "ACME", at: "2026-11-24", composite: 9.6, grade: "excellent" });
      await expect(scoreCommand.run(["ACME", "--when", "x"])).rejects.toThrow(/Unknown option '--when'[\s\S]*Usage: steward score <customer>/);
    } finally {
      log.mockRestore();
      process.env = saved;
    }
  });
});
