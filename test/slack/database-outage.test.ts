import { afterAll, beforeAll, expect, it } from "vitest";
import { createComplaint } from "../../src/db/complaints/create-complaint.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { ComplaintCase } from "../../src/domain/complaints/complaint-case.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { REMINDER_ACTIONS } from "../../src/domain/reminders/reminder-actions.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { intakeValues } from "../complaints/support/intake-values.js";
import { CuttableTcpProxy } from "../support/cuttable-tcp-proxy.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { sealLikeSteward } from "../support/seal-like-steward.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
// Tuesday 10:00 in Shanghai.
const OPENED = new Date("2026-11-24T02:00:00.000Z");
const clock = new ManualClock(new Date("2026-11-24T02:10:00.000Z"));
const PRESS_NOT_RECORDED = "Steward can't reach its database — your press was not recorded. Try again in a minute.";
const SUBMISSION_NOT_RECORDED = "Steward can't reach its database — this was not recorded. Your text is still here: submit again in a minute.";

let proxy: CuttableTcpProxy;
/** Steward's own connection to the database: through the proxy the test cuts. */
let stewardDb: Database;
let steward: TestSteward;
let roster: ComplaintRoster;
let caseA: number;
let caseB: number;

async function fileCase(roster: ComplaintRoster, cardTs: string): Promise<number> {
  const draft: ComplaintCase = { id: 0, class: "general", category: "technical", status: "open", tier: 1, version: 0, openedAt: OPENED, tierSince: OPENED, acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null };
  const id = await withActor(t.db, "U_FRONT", (tx) =>
    createComplaint(tx, {
      customerId: roster.customerId, class: "general", category: "technical", description: "Invoices wrong", source: "phone", sourcePermalink: null,
      leadDepartmentId: roster.supportDepartmentId, cooperatingDepartmentIds: [], openedBy: "U_FRONT", openedAt: OPENED,
      nextCheckAt: nextComplaintCheck(draft, OPENED, complaintSettingsSchema.parse({}), teamWorkingDayCalendar(calendarSettingsSchema.parse({}))),
    }),
  );
  await withActor(t.db, "cli:test", (tx) => tx.complaint.update({ where: { id }, data: { cardPlatform: "slack", cardChannel: "C_SUPPORT", cardTs } }));
  return id;
}

/** What the test reads, straight from the database (not through the proxy). */
const statusOf = async (id: number) => (await t.db.prisma.complaint.findUniqueOrThrow({ where: { id } })).status;
const responses = (from: number) => steward.fake.calls.slice(from).filter((call) => call.method === "response_url").map((call) => String(call.args.text));
const pressCase = (actionId: string, id: number, userId = "U_FRONT") =>
  steward.client.blockAction({ userId, actionId, value: String(id), channelId: "C_SUPPORT", messageTs: `1700000000.00010${id}` });
const pressDone = () =>
  steward.client.blockAction({ userId: "U_OWNER", actionId: REMINDER_ACTIONS.done, value: JSON.stringify({ k: "follow-up:customer-1:2026-11-24" }), channelId: "DU_OWNER", messageTs: "1700000000.000900" });
const submitIntake = () =>
  steward.client.viewSubmission({
    userId: "U_FRONT",
    callbackId: "complaint_intake",
    values: intakeValues({ customer: "ACME", class: "urgent", category: "technical", description: "Line 3 down since 09:40", lead: roster.supportDepartmentId }),
  });

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  caseA = await fileCase(roster, "1700000000.000101");
  caseB = await fileCase(roster, "1700000000.000102");
  proxy = await new CuttableTcpProxy("127.0.0.1", 5432).start();
  stewardDb = await openDatabase({ databaseUrl: proxy.route(t.url!), dataDir: "memory://" });
  steward = await startTestSteward({ db: stewardDb, clock });
});
afterAll(async () => {
  await steward?.stop();
  await proxy?.restore();
  await stewardDb?.close();
  await proxy?.stop();
});

describeWithServer("while the database is away, every press and submission is recorded or answered as not recorded", () => {
  it("records presses while the database answers", async () => {
    const from = steward.fake.calls.length;
    expect((await pressCase(COMPLAINT_ACTIONS.acknowledge, caseA)).status).toBe(200);
    await waitFor("case A acknowledged", async () => (await statusOf(caseA)) === "acknowledged");
    expect(responses(from)).toEqual([]);
  });

  it("answers every press and submission during the outage as not recorded, and records none of them", async () => {
    await proxy.cut();
    const from = steward.fake.calls.length;
    const complaintsBefore = await t.db.prisma.complaint.count();

    // Buttons: Slack gets its ack at once; the presser is told, ephemerally, that nothing was recorded.
    expect((await pressCase(COMPLAINT_ACTIONS.acknowledge, caseB)).status).toBe(200);
    await waitFor("the Acknowledge answer", () => responses(from).length === 1);
    expect((await pressDone()).status).toBe(200);
    await waitFor("the Done answer", () => responses(from).length === 2);
    expect((await pressCase(COMPLAINT_ACTIONS.resolve, caseA)).status).toBe(200);
    await waitFor("the Resolve answer", () => responses(from).length === 3);
    expect(responses(from)).toEqual([PRESS_NOT_RECORDED, PRESS_NOT_RECORDED, PRESS_NOT_RECORDED]);

    // The intake modal: answered within Slack's 3 s with the reason under the description (the form stays open).
    const started = Date.now();
    const intake = await submitIntake();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(intake).toEqual({ status: 200, body: { response_action: "errors", errors: { description: SUBMISSION_NOT_RECORDED } } });

    // A case's text modal (Resolve with a solution): the same.
    const resolve = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_case_text",
      privateMetadata: sealLikeSteward(steward, { complaintId: caseA, action: "resolve" }),
      values: { text: { value: { type: "plain_text_input", value: "Credit note sent" } } },
    });
    expect(resolve).toEqual({ status: 200, body: { response_action: "errors", errors: { text: SUBMISSION_NOT_RECORDED } } });

    await proxy.restore();
    // Nothing of it was recorded: case B still waits for its acknowledgement, case A is not resolved, no new case.
    expect(await statusOf(caseB)).toBe("open");
    expect(await statusOf(caseA)).toBe("acknowledged");
    expect(await t.db.prisma.complaint.count()).toBe(complaintsBefore);
    expect(await t.db.prisma.reminderState.count()).toBe(0);
  });

  it("records the same press again once the database is back", async () => {
    const from = steward.fake.calls.length;
    await pressCase(COMPLAINT_ACTIONS.acknowledge, caseB);
    await waitFor("case B acknowledged", async () => (await statusOf(caseB)) === "acknowledged");
    await waitFor("its card redrawn", () => steward.fake.calls.slice(from).some((call) => call.method === "chat.update"));
    expect(responses(from)).toEqual([]);
  });
});
