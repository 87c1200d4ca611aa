import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTeamSettings } from "../../../src/config/load-config.js";
import { withActor } from "../../../src/db/with-actor.js";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../../src/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../../src/slack/delivery/slack-delivery-port.js";
import { COMPLAINT_ACTIONS } from "../../../src/domain/complaints/complaint-action-ids.js";
import { refreshComplaintCards } from "../../../src/slack/complaints/actions/refresh-complaint-cards.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { waitFor } from "../../support/wait-for.js";
import { intakeValues } from "../support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "../support/seed-complaint-roster.js";

// The example settings file of docs/complaints.md ("On call"), loaded as Steward loads STEWARD_CONFIG.
const docs = readFileSync(new URL("../../../docs/complaints.md", import.meta.url), "utf8");
const example = docs.slice(docs.indexOf("### Example settings file")).match(/```yaml\n([\s\S]*?)```/)![1]!;
const file = join(mkdtempSync(join(tmpdir(), "steward-on-call-")), "steward.yml");
writeFileSync(file, example);
const settings = loadTeamSettings(file);

const t = useTestDatabase();
// Saturday 2026-12-05, 22:00 in Berlin: Lukas's week (Monday 30 Nov 09:00 – Monday 7 Dec 09:00).
const clock = new ManualClock(new Date("2026-12-05T21:00:00.000Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: ComplaintRoster;

const posts = (from: number) =>
  steward.fake.calls
    .slice(from)
    .filter((c) => c.method === "chat.postMessage")
    .map((c) => `${String(c.args.channel)}${c.args.thread_ts ? " (thread)" : ""}: ${String(c.args.text)}`);
const answer = async (userId: string, text: string) => {
  const from = steward.fake.calls.length;
  expect((await steward.client.command("/complaint", text, { userId })).status).toBe(200);
  const response = await waitFor("the answer", () => steward.fake.calls.slice(from).find((c) => c.method === "response_url"));
  return { text: String(response.args.text), blocks: JSON.stringify(response.args.blocks) };
};
const cardText = () => JSON.stringify(steward.fake.messages.get("C_SUPPORT")?.find((m) => m.ts === cardTs)?.blocks ?? []);
let cardTs: string;
const advance = async (iso: string) => {
  clock.set(new Date(iso));
  await scheduler.tick(clock.now());
};

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  // Technical support besides Tom (U_TECH): Lukas and Priya.
  await withActor(t.db, "cli:test", async (tx) => {
    await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "ULUKAS" } }, name: "Lukas", roles: ["tech_support"], departmentId: roster.engineeringDepartmentId, timeZone: "Europe/Berlin" } });
    await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "UPRIYA" } }, name: "Priya", roles: ["tech_support"], departmentId: roster.engineeringDepartmentId, timeZone: "Europe/Berlin" } });
    await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "UADMIN" } }, name: "Ada", roles: ["admin"], departmentId: null, timeZone: "Europe/Berlin" } });
  });
  steward = await startTestSteward({ db: t.db, clock, settings });
  const client = new webApi.WebClient("xoxb-test", { slackApiUrl: steward.fake.apiUrl });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [complaintEscalationJob({ onCasesChanged: (ids, now) => refreshComplaintCards(t.db, client, settings, ids, now) })],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe("an urgent complaint on a Saturday night", () => {
  let caseId: number;

  it("is filed through the intake modal", async () => {
    expect((await steward.client.command("/complaint", "new ACME", { userId: "U_FRONT" })).status).toBe(200);
    await waitFor("the intake modal", () => steward.fake.calls.find((c) => c.method === "views.open"));
    const response = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "urgent", category: "technical", description: "Line 3 down since 21:50", source: "phone", lead: roster.supportDepartmentId }),
    });
    expect(response.status).toBe(200);
    await waitFor("the filing confirmation", () => steward.fake.calls.find((c) => c.method === "chat.postMessage" && c.args.channel === "U_FRONT"));
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    caseId = complaint.id;
    cardTs = complaint.cardTs!;
    expect(complaint.tier).toBe(1);
  });

  it("escalates at 2 h to the tier-2 person on call only, and looks again exactly 15 min later", async () => {
    const from = steward.fake.calls.length;
    await advance("2026-12-05T23:00:00.000Z");
    const escalation = posts(from).filter((line) => line.includes("Escalated to tier 2"));
    expect(escalation.map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "ULUKAS"]);
    expect(escalation[0]).toContain("Waiting on <@ULUKAS>.");
    const complaint = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: caseId } });
    expect(complaint).toMatchObject({ tier: 2, status: "open" });
    expect(complaint.nextCheckAt?.toISOString()).toBe("2026-12-05T23:15:00.000Z");
    expect(cardText()).toContain("Tier 2 — waiting on <@ULUKAS>");
  });

  it("pages nobody else before the 15 minutes are up", async () => {
    const from = steward.fake.calls.length;
    await advance("2026-12-05T23:14:59.999Z");
    expect(posts(from)).toEqual([]);
  });

  it("pages the rest of tier 2 once when Lukas has not acknowledged within 15 min", async () => {
    const from = steward.fake.calls.length;
    await advance("2026-12-05T23:15:00.000Z");
    await advance("2026-12-05T23:15:30.000Z");
    const group = posts(from);
    expect(group.map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "UPRIYA", "U_HEAD", "U_TECH"]);
    expect(group.every((line) => line.includes("Not acknowledged within 15 min by <@ULUKAS> (on call for tier 2): now paging all of tier 2."))).toBe(true);
    await waitFor("the card redrawn", () => cardText().includes("Tier 2 — waiting on <@ULUKAS>, <@U_HEAD>, <@U_TECH>, <@UPRIYA>") || undefined);
  });
});

describe("/complaint oncall", () => {
  it("shows who holds each tier now and next, in the reader's zone", async () => {
    clock.set(new Date("2026-12-05T23:30:00.000Z"));
    const { text, blocks } = await answer("U_HEAD", "oncall");
    expect(text).toBe("Who is on call");
    expect(blocks).toContain("*Tier 1*: no rotation — every person of the tier is paged at once.");
    expect(blocks).toContain("*Tier 2 · Technical support* (every department's cases)\\nNow: <@ULUKAS>\\nNext: <@U_TECH> from 2026-12-07 16:00");
    // Hana reads in Shanghai, her zone on the roster (Monday 09:00 in Berlin). People are mentioned by their
    // Slack identity (the neutral renderer on main mentions test ids like U_EXEC too).
    expect(blocks).toContain("*Tier 3 · Executives on call* (every department's cases)\\nNow: <@U_EXEC>\\nNext: nobody else (a one-person rotation)");
    expect(blocks).toContain("Times in Asia/Shanghai.");
  });

  it("refuses an override by someone who is neither an admin nor the covered person's department head, and stores nothing", async () => {
    const { text } = await answer("U_HEAD", "oncall override @priya 2026-12-08..2026-12-09 for @lukas");
    expect(text).toBe("Only admins and the head of <@ULUKAS>'s department may change who covers their on-call shifts. Nothing was changed.");
    expect(await t.db.prisma.onCallOverride.count()).toBe(0);
  });

  it("names the field, what was wrong and the right form of bad input", async () => {
    expect((await answer("UADMIN", "oncall override @priya 2026-12-08 for @lukas")).text).toBe(
      "The period `2026-12-08` is not FROM..TO; give the first and last day, e.g. `/complaint oncall override @priya 2026-12-20..2026-12-27 for @lukas`.",
    );
    expect((await answer("UADMIN", "oncall override @priya 2026-12-08..2026-12-32 for @lukas")).text).toBe(
      "The period's last day: 2026-12-32 is not a date in the calendar (YYYY-MM-DD, e.g. 2026-12-31).",
    );
    expect((await answer("UADMIN", "oncall override @priya 2026-12-08..2026-12-09 @lukas")).text).toBe(
      "Say whom they cover for after the period: `for @name`, e.g. `/complaint oncall override @priya 2026-12-20..2026-12-27 for @lukas`.",
    );
    expect((await answer("UADMIN", "oncall override @nobody 2026-12-08..2026-12-09 for @lukas")).text).toBe(
      "Who covers: nobody on the roster is @nobody. Name them by more of their name, e.g. `/complaint oncall override @priya 2026-12-20..2026-12-27 for @lukas`.",
    );
    expect(await t.db.prisma.onCallOverride.count()).toBe(0);
  });

  it("stores an admin's override once, attributed to them, and the view shows it", async () => {
    const command = "oncall override @priya 2026-12-06..2026-12-06 for <@ULUKAS|lukas>";
    expect((await answer("UADMIN", command)).text).toBe("<@UPRIYA> covers for <@ULUKAS> on 2026-12-06 (whole days, Europe/Berlin) in Technical support (tier 2).");
    expect((await answer("UADMIN", command)).text).toMatch(/^Already recorded: <@UPRIYA> covers for <@ULUKAS>/);
    const rows = await t.db.prisma.onCallOverride.findMany();
    expect(rows.map((row) => [row.startsAt.toISOString(), row.endsAt.toISOString()])).toEqual([["2026-12-05T23:00:00.000Z", "2026-12-06T23:00:00.000Z"]]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "on_call_overrides" } });
    expect(audit.map((row) => [row.actor, row.action])).toEqual([["UADMIN", "insert"]]);
    const { blocks } = await answer("UADMIN", "oncall");
    // It is 00:30 on Sunday in Berlin: Priya covers already, until the midnight after the day.
    expect(blocks).toContain("Now: <@UPRIYA> (covering for <@ULUKAS>)\\nNext: <@ULUKAS> from 2026-12-07 00:00");
  });
});

describe("a manual escalation", () => {
  it("pages the person on call — Priya, covering for Lukas today — and nobody else of tier 2", async () => {
    clock.set(new Date("2026-12-05T23:40:00.000Z"));
    let from = steward.fake.calls.length;
    await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "urgent", category: "technical", description: "Line 5 down", source: "phone", lead: roster.supportDepartmentId }),
    });
    await waitFor("the filing confirmation", () => steward.fake.calls.slice(from).find((c) => c.method === "chat.postMessage" && c.args.channel === "U_FRONT"));
    const filed = await t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: "desc" } });
    from = steward.fake.calls.length;
    await steward.client.blockAction({ userId: "U_FRONT", actionId: COMPLAINT_ACTIONS.escalate, value: String(filed.id), channelId: "C_SUPPORT", messageTs: filed.cardTs! });
    const opened = await waitFor("the modal", () => steward.fake.calls.slice(from).find((c) => c.method === "views.open"));
    const metadata = (typeof opened.args.view === "string" ? JSON.parse(opened.args.view) : opened.args.view) as { private_metadata: string };
    await steward.client.viewSubmission({ userId: "U_FRONT", callbackId: "complaint_case_text", privateMetadata: metadata.private_metadata, values: { text: { value: { type: "plain_text_input", value: "customer asks for an engineer" } } } });
    await waitFor("the escalation", async () => (await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.id } })).tier === 2);
    await scheduler.tick(clock.now());
    const dms = posts(from).filter((line) => line.includes("Escalated to tier 2 by") && !line.includes("(thread)"));
    expect(dms.map((line) => line.split(":")[0])).toEqual(["UPRIYA"]);
    const escalated = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: filed.id } });
    expect(escalated.nextCheckAt?.toISOString()).toBe("2026-12-05T23:55:00.000Z");
  });
});

describe("the next Saturday night, with the person on call on holiday", () => {
  it("pages the rotation's next member — Priya, not Tom who is on holiday — and later the rest of tier 2 without Tom", async () => {
    // Tom's week (7–14 Dec), but he is away 10–14 Dec (his zone, Shanghai), as `/customer away` records it.
    await withActor(t.db, "cli:test", async (tx) => {
      const tom = await tx.person.findFirstOrThrow({ where: { name: "Tom" } });
      await tx.absence.create({ data: { personId: tom.id, startsOn: new Date("2026-12-10T00:00:00.000Z"), endsOn: new Date("2026-12-14T00:00:00.000Z") } });
    });
    // Saturday 2026-12-12 22:00 in Berlin; the week's older cases are looked at first.
    await advance("2026-12-12T21:00:00.000Z");
    let from = steward.fake.calls.length;
    await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "urgent", category: "technical", description: "Line 6 down", source: "phone", lead: roster.supportDepartmentId }),
    });
    await waitFor("the filing confirmation", () => steward.fake.calls.slice(from).find((c) => c.method === "chat.postMessage" && c.args.channel === "U_FRONT"));
    const filed = await t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: "desc" } });
    const ofCase = (lines: string[]) => lines.filter((line) => line.includes(`#${filed.id}`) || line.includes("(thread)"));

    from = steward.fake.calls.length;
    await advance("2026-12-12T23:00:00.000Z");
    const escalation = ofCase(posts(from)).filter((line) => line.includes("Escalated to tier 2"));
    expect(escalation.map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "UPRIYA"]);
    expect(escalation[0]).toContain("Waiting on <@UPRIYA>.");

    from = steward.fake.calls.length;
    await advance("2026-12-12T23:15:00.000Z");
    const group = posts(from).filter((line) => line.includes("Not acknowledged within 15 min by <@UPRIYA>"));
    expect(group.map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "ULUKAS", "U_HEAD"]);
    expect(posts(from).some((line) => line.startsWith("U_TECH"))).toBe(false);
  });
});
