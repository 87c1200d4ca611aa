import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { intakeValues } from "./support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
// Friday 2026-11-27 17:00 in Shanghai (the team calendar's default zone, working hours 09:00–18:00).
const clock = new ManualClock(new Date("2026-11-27T09:00:00.000Z"));
const settings = teamSettingsSchema.parse({});
let steward: TestSteward;
let roster: ComplaintRoster;
let caseId: number;
let cardTs: string;

const calls = (method: string, from = 0) => steward.fake.calls.slice(from).filter((c) => c.method === method);
const lastResponse = () => String(calls("response_url").at(-1)?.args.text ?? "");
const viewOf = (call: RecordedCall) => (typeof call.args.view === "string" ? JSON.parse(call.args.view) : call.args.view) as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
const press = (userId: string, actionId: string) => steward.client.blockAction({ userId, actionId, value: String(caseId), channelId: "C_SUPPORT", messageTs: cardTs });
const cardText = () => JSON.stringify(steward.fake.messages.get("C_SUPPORT")?.find((m) => m.ts === cardTs)?.blocks ?? []);
const stored = () => t.db.prisma.complaint.findUniqueOrThrow({ where: { id: caseId } });
const text = (value: string) => ({ value: { type: "plain_text_input", value } });
const number = (value: string) => ({ value: { type: "number_input", value } });
const formOpened = (callbackId: string, from: number) => waitFor(`the ${callbackId} form`, () => calls("views.open", from).find((c) => viewOf(c).callback_id === callbackId));

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock, settings });
});
afterAll(async () => {
  await steward?.stop();
});

describe("a general complaint on business hours, waiting on the customer, and their satisfaction", () => {
  it("files a general complaint on Friday 17:00 whose card says it is due on Monday", async () => {
    const from = steward.fake.calls.length;
    await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "general", category: "billing", description: "Invoice 1142 billed twice", source: "mail", lead: roster.supportDepartmentId }),
    });
    await waitFor("the filing confirmation", () => calls("chat.postMessage", from).find((c) => c.args.channel === "U_FRONT"));
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    caseId = complaint.id;
    cardTs = complaint.cardTs!;
    // 9 working hours: Friday 17:00–18:00 and Monday 09:00–17:00; warned at 75 % (Monday 14:45 = 06:45Z).
    expect(complaint.nextCheckAt?.toISOString()).toBe("2026-11-30T06:45:00.000Z");
    expect(cardText()).toContain("first response due in 9 h working time, Mon 17:00");
    expect(cardText()).toContain("resolution due in 18 h working time, Tue 17:00");
  });

  it("refuses to wait on the customer before the case is acknowledged", async () => {
    await press("U_FRONT", COMPLAINT_ACTIONS.wait);
    await waitFor("the refusal", () => lastResponse().includes("not acknowledged yet"));
    expect(lastResponse()).toBe(`Case #${caseId} is not acknowledged yet: acknowledge it first, then set it to wait on the customer.`);
  });

  it("waits on the customer with what they are asked for: the resolution clock pauses, the first response does not", async () => {
    clock.set(new Date("2026-11-27T09:10:00.000Z"));
    await press("U_FRONT", COMPLAINT_ACTIONS.acknowledge);
    await waitFor("the acknowledgement", async () => (await stored()).status === "acknowledged");

    clock.set(new Date("2026-11-30T02:00:00.000Z")); // Monday 10:00
    const from = steward.fake.calls.length;
    await press("U_FRONT", COMPLAINT_ACTIONS.wait);
    const form = viewOf(await formOpened("complaint_waiting_on_customer", from));
    const submit = (asked: string, userId = "U_FRONT", privateMetadata = form.private_metadata) =>
      steward.client.viewSubmission({ userId, callbackId: "complaint_waiting_on_customer", privateMetadata, values: { asked: text(asked) } });

    const empty = await submit("   ");
    expect(empty.body).toEqual({
      response_action: "errors",
      errors: { asked: 'Say what the customer is asked for (e.g. "the order number and a screenshot"): it is shown on the case while it waits.' },
    });
    const forged = await submit("the order number", "U_FRONT", form.private_metadata.replace(String(caseId), String(caseId + 1)));
    expect(forged.body).toEqual({ response_action: "errors", errors: { asked: "This form could not be verified; close it and press the button on the card again. Nothing was changed." } });
    expect((await stored()).status).toBe("acknowledged");

    expect((await submit("the bank statement showing both debits")).status).toBe(200);
    await waitFor("the pause", async () => (await stored()).status === "waiting_on_customer");
    const waiting = await stored();
    expect(waiting.pauses).toEqual([{ from: "2026-11-30T02:00:00.000Z", to: null, asked: "the bank statement showing both debits" }]);
    // The first response still runs (never paused): its warning is the next check.
    expect(waiting.nextCheckAt?.toISOString()).toBe("2026-11-30T06:45:00.000Z");
    await waitFor("the redrawn card", () => cardText().includes("Waiting on the customer for: the bank statement"));
    expect(cardText()).toContain("resolution paused while waiting on the customer (16 h working time left)");
    expect(cardText()).toContain("Customer replied");
    expect(cardText()).toContain("Tier 1 — held by <@U_FRONT>");

    // The same form submitted twice, and the button pressed again: nothing changes, and it says why.
    const again = await submit("something else");
    expect(again.body).toEqual({ response_action: "errors", errors: { asked: `Case #${caseId} is already waiting on the customer since 10:00 (for the bank statement showing both debits).` } });
    await press("U_FRONT", COMPLAINT_ACTIONS.wait);
    await waitFor("the refusal", () => lastResponse().includes("already waiting"));
    expect((await stored()).version).toBe(waiting.version);
  });

  it("resumes when the customer's reply is recorded, the pause left out of the resolution clock", async () => {
    // Someone answers the customer meanwhile: an update is a first response, also while waiting.
    clock.set(new Date("2026-11-30T03:00:00.000Z"));
    const from = steward.fake.calls.length;
    await press("U_OWNER", COMPLAINT_ACTIONS.update);
    const update = viewOf(await formOpened("complaint_case_text", from));
    await steward.client.viewSubmission({ userId: "U_OWNER", callbackId: "complaint_case_text", privateMetadata: update.private_metadata, values: { text: text("Told the customer we are checking both debits") } });
    await waitFor("the update", async () => (await stored()).firstResponseAt !== null);
    expect((await stored()).status).toBe("waiting_on_customer");

    clock.set(new Date("2026-12-01T03:00:00.000Z")); // Tuesday 11:00
    await press("U_FRONT", COMPLAINT_ACTIONS.resume);
    await waitFor("the resumption", async () => (await stored()).status === "acknowledged");
    const resumed = await stored();
    expect(resumed.pauses).toEqual([{ from: "2026-11-30T02:00:00.000Z", to: "2026-12-01T03:00:00.000Z", asked: "the bank statement showing both debits" }]);
    // 18 working hours of resolution: 2 h counted before the pause (Friday 17–18, Monday 09–10), the rest from
    // Tuesday 11:00; warned at 13 h 30 min of counted time — Wednesday 13:30 (05:30Z), due Wednesday 18:00.
    expect(resumed.nextCheckAt?.toISOString()).toBe("2026-12-02T05:30:00.000Z");
    await waitFor("the redrawn card", () => cardText().includes("resolution due in 16 h working time, Wed 18:00"));

    await press("U_FRONT", COMPLAINT_ACTIONS.resume);
    await waitFor("the refusal", () => lastResponse().includes("not waiting on the customer"));
    expect(lastResponse()).toBe(`Case #${caseId} is not waiting on the customer (any more): the customer's reply was recorded already, or it never waited.`);
    expect((await stored()).version).toBe(resumed.version);

    const events = await t.db.prisma.complaintEvent.findMany({ where: { complaintId: caseId, kind: "transition" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.at.toISOString(), e.actor, e.fromStatus, e.toStatus, e.text])).toEqual([
      ["2026-11-27T09:00:00.000Z", "U_FRONT", null, "open", null],
      ["2026-11-27T09:10:00.000Z", "U_FRONT", "open", "acknowledged", null],
      ["2026-11-30T02:00:00.000Z", "U_FRONT", "acknowledged", "waiting_on_customer", "the bank statement showing both debits"],
      ["2026-12-01T03:00:00.000Z", "U_FRONT", "waiting_on_customer", "acknowledged", null],
    ]);
  });

  it("asks for the customer's satisfaction when the case is confirmed closed, and records it once", async () => {
    clock.set(new Date("2026-12-01T04:00:00.000Z"));
    let from = steward.fake.calls.length;
    await press("U_FRONT", COMPLAINT_ACTIONS.resolve);
    const resolve = viewOf(await formOpened("complaint_case_text", from));
    await steward.client.viewSubmission({ userId: "U_FRONT", callbackId: "complaint_case_text", privateMetadata: resolve.private_metadata, values: { text: text("Refunded the second debit") } });
    await waitFor("the resolution", async () => (await stored()).status === "resolved");

    clock.set(new Date("2026-12-01T05:00:00.000Z"));
    from = steward.fake.calls.length;
    await press("U_OWNER", COMPLAINT_ACTIONS.confirm);
    const form = viewOf(await formOpened("complaint_satisfaction", from));
    expect((await stored()).status).toBe("closed");
    expect(form.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(["score", "comment"]);
    const submit = (score: string, comment = "", userId = "U_OWNER") =>
      steward.client.viewSubmission({ userId, callbackId: "complaint_satisfaction", privateMetadata: form.private_metadata, values: { score: number(score), comment: text(comment) } });

    for (const [bad, shown] of [["0", '"0"'], ["6", '"6"'], ["five", '"five"'], ["4.5", '"4.5"']] as const) {
      expect((await submit(bad)).body).toEqual({
        response_action: "errors",
        errors: { score: `${shown} is not a score: give a whole number from 1 (very dissatisfied) to 5 (very satisfied), e.g. 4.` },
      });
    }
    expect((await submit("")).body).toEqual({ response_action: "errors", errors: { score: "Give the customer's satisfaction as a whole number from 1 (very dissatisfied) to 5 (very satisfied), e.g. 4." } });
    expect((await submit("2", "", "U_OUT")).body).toEqual({
      response_action: "errors",
      errors: { score: `Only the person who confirmed case #${caseId} closed records the customer's satisfaction. Nothing was recorded.` },
    });
    expect(await t.db.prisma.complaintSatisfaction.count()).toBe(0);

    // The answer, and the very same signed request replayed (same body and timestamp): one record.
    const body = new URLSearchParams({
      payload: JSON.stringify({
        type: "view_submission",
        team: { id: "T0STEWARD" },
        user: { id: "U_OWNER" },
        api_app_id: "A0STEWARD",
        trigger_id: "satisfaction.trigger.1",
        view: { id: "V_SATISFACTION", type: "modal", callback_id: "complaint_satisfaction", private_metadata: form.private_metadata, state: { values: { score: number("4"), comment: text("Quick refund, but it took two mails") } } },
      }),
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 2; i += 1) expect((await steward.client.post(body, "application/x-www-form-urlencoded", { timestamp })).status).toBe(200);
    await waitFor("the answer", async () => (await t.db.prisma.complaintSatisfaction.count()) === 1);
    const recorded = await t.db.prisma.complaintSatisfaction.findUniqueOrThrow({ where: { complaintId: caseId } });
    expect(recorded).toMatchObject({ score: 4, comment: "Quick refund, but it took two mails", recordedBy: "U_OWNER" });
    expect(recorded.recordedAt.toISOString()).toBe("2026-12-01T05:00:00.000Z");

    // Submitted again (a double press of Record): nothing changes, and the form says what is recorded.
    clock.set(new Date("2026-12-01T05:01:00.000Z"));
    expect((await submit("1", "changed my mind")).body).toEqual({
      response_action: "errors",
      errors: { score: `The customer's satisfaction with case #${caseId} is recorded already (4 of 5, at 13:00); nothing was changed.` },
    });
    expect(await t.db.prisma.complaintSatisfaction.findUniqueOrThrow({ where: { complaintId: caseId } })).toEqual(recorded);
  });

  it("shows the satisfaction in the monthly report per class, category and lead department, and in /customer show", async () => {
    await steward.client.command("/complaint", "report 2026-11", { userId: "U_HEAD" });
    const report = JSON.stringify((await waitFor("the report", () => calls("response_url").find((c) => JSON.stringify(c.args.blocks ?? "").includes("Complaints — 2026-11")))).args.blocks);
    expect(report).toContain("*Customer satisfaction (1–5)*");
    expect(report).toContain("• average 4.0 of 5 (1 answer)");
    expect(report).toContain("• by class: general 4.0 (1)");
    expect(report).toContain("• by category: billing 4.0 (1)");
    expect(report).toContain("• by lead department: Support 4.0 (1)");

    const from = steward.fake.calls.length;
    await steward.client.command("/customer", "show ACME", { userId: "U_OWNER" });
    const shown = JSON.stringify((await waitFor("the customer card", () => calls("response_url", from).find((c) => JSON.stringify(c.args.blocks ?? "").includes("Satisfaction with complaint handling")))).args.blocks);
    expect(shown).toContain(`#${caseId} general/billing: 4 of 5 (13:00) — Quick refund, but it took two mails`);
  });
});
