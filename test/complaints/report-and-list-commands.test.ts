import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { runImport } from "../../src/db/import/run-import.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { complaintReportJob } from "../../src/scheduler/jobs/complaint-report-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { CLOCKS_BEFORE_ISSUE_14 } from "./support/clocks-before-issue-14.js";
import { waitFor } from "../support/wait-for.js";
import { seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
// Monday 2026-11-02, 08:30 in Shanghai: the first working day of November, before the working day starts.
const clock = new ManualClock(new Date("2026-11-02T00:30:00.000Z"));
// Issue 14: the imported cases' hand-computed verdicts assume general and suggestion on the 24×7 clock they
// had before business hours became their default; pinned to it (business hours: business-hours-clocks.test.ts).
const settings = teamSettingsSchema.parse({ complaints: { reportChannel: "C_LEADERSHIP", sla: CLOCKS_BEFORE_ISSUE_14 } });
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;

const answer = async (text: string, userId = "U_HEAD") => {
  const from = steward.fake.calls.length;
  await steward.client.command("/complaint", text, { userId });
  const call = await waitFor(`the answer to /complaint ${text}`, () => steward.fake.calls.slice(from).find((c) => c.method === "response_url"));
  return { text: String(call.args.text), blocks: JSON.stringify(call.args.blocks ?? []) };
};

beforeAll(async () => {
  await seedComplaintRoster(t.db);
  const dir = mkdtempSync(join(tmpdir(), "steward-report-"));
  const file = join(dir, "complaints.csv");
  writeFileSync(
    file,
    [
      "ref,customer,class,category,description,status,lead_department,opened_at,first_response_at,resolved_at,closed_at",
      "R-1,ACME,general,delivery,Late,closed,Support,2026-10-05T10:00+08:00,2026-10-05T11:00+08:00,2026-10-06T10:00+08:00,2026-10-07T10:00+08:00",
      "R-2,ACME,general,delivery,Late again,resolved,Support,2026-10-20T10:00+08:00,2026-10-20T13:00+08:00,2026-10-21T10:00+08:00,",
      "R-3,ACME,suggestion,product,CSV export,open,Support,2026-10-28T10:00+08:00,,,",
    ].join("\n"),
  );
  expect(await runImport(t.db, { target: file, type: "complaints", actor: "cli:test", now: new Date("2026-11-24T00:00:00Z"), settings })).toMatchObject({ ok: true, changed: 3 });
  steward = await startTestSteward({ db: t.db, clock, settings });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [complaintReportJob()],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe("/complaint report, list and help", () => {
  it("reports last month by default, with rates, compliance and top customers", async () => {
    const { text, blocks } = await answer("report");
    expect(text).toBe("Complaints — 2026-10");
    expect(blocks).toContain("3 (urgent 0, general 2, suggestion 1)");
    expect(blocks).toContain("66.7 % (2 resolved)");
    expect(blocks).toContain("33.3 % (1 repeats)");
    expect(blocks).toContain("delivery: 2 (urgent 0, general 2, suggestion 0)");
    expect(blocks).toContain("1. ACME — 3");
    expect(blocks).toContain("general, tier 1: 100 % (2 of 2)");
  });

  it("explains a malformed month and a month that has not begun", async () => {
    expect((await answer("report 2026/10")).text).toBe("Give the month as YYYY-MM, e.g. `/complaint report 2026-10` (you typed `2026/10`).");
    expect((await answer("report 2027-01")).text).toBe("2027-01 has not begun yet; try `/complaint report 2026-11` for this month so far.");
  });

  it("lists open, overdue and per-customer cases, and refuses people not on the roster", async () => {
    expect((await answer("list")).blocks).toContain("*#3* · ACME · suggestion/product · tier 1 · open");
    expect((await answer("list overdue ACME")).blocks).toContain("*#3* · ACME · suggestion/product · tier 1 · open · _acknowledgement overdue by 3 d 22 h_");
    expect((await answer("list ACMEE")).text).toBe("No customer matches `ACMEE` — did you mean ACME (Acme Corp)?");
    expect((await answer("list", "U_STRANGER")).text).toContain("you are not on it yet");
    expect((await answer("show x1")).text).toBe("Give the case number, e.g. `/complaint show 42` (you typed `x1`).");
    expect((await answer("show 999")).text).toBe("There is no complaint #999 that you may see. `/complaint list` shows the open ones you may see.");
  });

  it("lists the subcommands in /complaint help", async () => {
    const { blocks } = await answer("help");
    // Slack's control characters in the usage are escaped by the help.
    for (const usage of ["/complaint new [customer]", "/complaint list [open|mine|overdue|all] [customer]", "/complaint show &lt;id&gt;", "/complaint report [YYYY-MM]"]) {
      expect(blocks).toContain(usage);
    }
  });

  it("posts last month's report to the configured channel once, at the start of the first working day", async () => {
    await scheduler.tick(new Date("2026-11-02T00:59:00.000Z"));
    expect(steward.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C_LEADERSHIP")).toEqual([]);
    await scheduler.tick(new Date("2026-11-02T01:00:00.000Z"));
    await scheduler.tick(new Date("2026-11-02T01:01:00.000Z"));
    await scheduler.tick(new Date("2026-11-03T01:00:00.000Z"));
    const posts = steward.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C_LEADERSHIP");
    expect(posts.map((c) => c.args.text)).toEqual(["Complaints — 2026-10: 3 opened"]);
  });
});
