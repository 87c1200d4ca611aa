import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { loadCustomerComplaints } from "../../src/db/complaints/load-customer-complaints.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { refreshComplaintCards } from "../../src/slack/complaints/actions/refresh-complaint-cards.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { intakeValues } from "./support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
// Tuesday 10:00 in Shanghai.
const clock = new ManualClock(new Date("2026-11-24T02:00:00.000Z"));
const settings = teamSettingsSchema.parse({});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: ComplaintRoster;
let caseId: number;
let cardTs: string;

const calls = (method: string, from = 0) => steward.fake.calls.slice(from).filter((c) => c.method === method);
const posts = (from: number) =>
  calls("chat.postMessage", from).map((c) => `${c.args.channel}${c.args.thread_ts ? " (thread)" : ""}: ${String(c.args.text)}`);
const lastResponse = () => String(calls("response_url").at(-1)?.args.text ?? "");
const viewOf = (call: RecordedCall) => (typeof call.args.view === "string" ? JSON.parse(call.args.view) : call.args.view) as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { initial_value?: string } }[] };
const press = (userId: string, actionId: string) =>
  steward.client.blockAction({ userId, actionId, value: String(caseId), channelId: "C_SUPPORT", messageTs: cardTs });
const advance = async (iso: string) => {
  clock.set(new Date(iso));
  await scheduler.tick(clock.now());
};
const cardText = () => JSON.stringify(steward.fake.messages.get("C_SUPPORT")?.find((m) => m.ts === cardTs)?.blocks ?? []);

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
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

describe("an urgent complaint from intake to closing", () => {
  it("opens the intake modal with the customer filled in", async () => {
    const response = await steward.client.command("/complaint", "new ACME", { userId: "U_FRONT" });
    expect(response.status).toBe(200);
    const parsed = viewOf(await waitFor("the intake modal", () => calls("views.open").at(-1)));
    expect(parsed.callback_id).toBe("complaint_intake");
    expect(parsed.blocks.find((b) => b.block_id === "customer")?.element.initial_value).toBe("ACME");
  });

  it("answers bad input under the fields and files nothing", async () => {
    const response = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACMEE", class: "urgent", category: "technical", description: "   ", lead: roster.supportDepartmentId }),
    });
    expect(response.body).toEqual({
      response_action: "errors",
      errors: { description: "Describe the problem: what happened, and what the customer needs." },
    });
    const unknown = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACMEE", class: "urgent", category: "technical", description: "x".repeat(3_001), lead: roster.supportDepartmentId }),
    });
    expect(unknown.body).toEqual({
      response_action: "errors",
      errors: { description: "That is 3,001 characters; at most 3,000 fit. Summarize here and add details as updates in the case thread." },
    });
    const misspelt = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACMEE", class: "urgent", category: "technical", description: "Line 3 down", lead: roster.supportDepartmentId }),
    });
    expect(misspelt.body).toEqual({ response_action: "errors", errors: { customer: "No customer matches `ACMEE` — did you mean ACME (Acme Corp)?" } });
    expect(await t.db.prisma.complaint.count()).toBe(0);
  });

  it("files the case: card in the lead channel, notice in the cooperating one, a private team channel", async () => {
    const from = steward.fake.calls.length;
    const response = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({
        customer: "acme",
        class: "urgent",
        category: "technical",
        description: "Packaging line 3 stopped: controller fault E42",
        source: "phone",
        lead: roster.supportDepartmentId,
        cooperating: [roster.engineeringDepartmentId],
      }),
    });
    expect(response.status).toBe(200);
    await waitFor("the filing confirmation", () => calls("chat.postMessage", from).find((c) => c.args.channel === "U_FRONT"));
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    caseId = complaint.id;
    cardTs = complaint.cardTs!;
    expect(complaint).toMatchObject({ class: "urgent", category: "technical", status: "open", tier: 1, source: "phone", cardChannel: "C_SUPPORT" });
    expect(complaint.nextCheckAt?.toISOString()).toBe("2026-11-24T03:30:00.000Z");

    const created = calls("conversations.create", from)[0]!;
    expect(created.args).toMatchObject({ name: `cx-acme-${caseId}`, is_private: "true" });
    const team = (created.result as { channel: { id: string } }).channel.id;
    expect(complaint.teamChannel).toBe(team);
    expect(String(calls("conversations.invite", from)[0]!.args.users).split(",").sort()).toEqual(["U_HEAD", "U_OWNER", "U_TECH"]);
    expect(posts(from).map((line) => line.split(":")[0])).toEqual([team, "C_SUPPORT", "C_ENG", "U_FRONT"]);
    expect(cardText()).toContain("first response due in 2 h");
    expect(cardText()).toContain(`temporary team: <#${team}>`);
    const notice = await t.db.prisma.complaintDepartment.findFirstOrThrow({ where: { complaintId: caseId } });
    expect(notice.noticeChannel).toBe("C_ENG");
  });

  it("archives thread replies once, from the card's thread, the notice's thread and the team channel", async () => {
    const notice = await t.db.prisma.complaintDepartment.findFirstOrThrow({ where: { complaintId: caseId } });
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    const reply = { type: "message", channel: "C_SUPPORT", user: "U_TECH", text: "Checking the controller logs", ts: "1795485600.000200", thread_ts: cardTs };
    await steward.client.event(reply);
    await steward.client.event(reply); // Slack redelivers
    await steward.client.event({ type: "message", channel: "C_ENG", user: "U_TECH", text: "Firmware 2.1 suspected", ts: "1795485660.000300", thread_ts: notice.noticeTs });
    await steward.client.event({ type: "message", channel: complaint.teamChannel, user: "U_OWNER", text: "Customer is on the phone", ts: "1795485720.000400" });
    await steward.client.event({ type: "message", channel: "C_SUPPORT", user: "U_TECH", text: "unrelated chatter", ts: "1795485780.000500" });
    const archived = await waitFor("three archived messages", async () => {
      const rows = await t.db.prisma.complaintEvent.findMany({ where: { complaintId: caseId, kind: "message" }, orderBy: { at: "asc" } });
      return rows.length === 3 && rows;
    });
    expect(archived.map((e) => [e.actor, e.text, e.at.toISOString()])).toEqual([
      ["U_TECH", "Checking the controller logs", "2026-11-24T02:00:00.000Z"],
      ["U_TECH", "Firmware 2.1 suspected", "2026-11-24T02:01:00.000Z"],
      ["U_OWNER", "Customer is on the phone", "2026-11-24T02:02:00.000Z"],
    ]);
  });

  it("warns tier 1 at 75 %, escalates to tier 2 at 2 h and to tier 3 at 4 h, then pages every 30 min in one message", async () => {
    let from = steward.fake.calls.length;
    // Acknowledgement and first response are both due at 12:00: one warning that says one thing.
    const warning = ":hourglass_flowing_sand: First response due in 30 min.";
    await advance("2026-11-24T03:30:00.000Z");
    expect(posts(from).sort()).toEqual([
      `U_FRONT: Complaint #${caseId} · ACME (urgent, technical): ${warning}`,
      `U_OWNER: Complaint #${caseId} · ACME (urgent, technical): ${warning}`,
    ]);

    from = steward.fake.calls.length;
    await advance("2026-11-24T04:00:00.000Z");
    expect(posts(from).map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "U_HEAD", "U_TECH"]);
    expect(posts(from).every((line) => line.includes("Escalated to tier 2 by Steward: no first response within 2 h"))).toBe(true);
    expect(cardText()).toContain("Tier 2 — waiting on <@U_HEAD>, <@U_TECH>");

    from = steward.fake.calls.length;
    await advance("2026-11-24T05:30:00.000Z"); // tier-2 warning
    await advance("2026-11-24T06:00:00.000Z");
    expect(posts(from).filter((line) => line.includes("Escalated")).map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "U_EXEC"]);

    from = steward.fake.calls.length;
    await advance("2026-11-24T06:30:00.000Z");
    await advance("2026-11-24T06:45:00.000Z");
    await advance("2026-11-24T07:00:00.000Z");
    // Page 2 (14:30) posts one page message to the executive and one in the thread; page 3 (15:00) rewrites both.
    const pages = posts(from);
    expect(pages.sort()).toEqual([
      `C_SUPPORT (thread): Complaint #${caseId} · ACME (urgent, technical): paged 2 times, last 14:30`,
      `U_EXEC: Complaint #${caseId} · ACME (urgent, technical): paged 2 times, last 14:30`,
    ]);
    const updates = calls("chat.update", from).filter((c) => String(c.args.text).includes("paged"));
    expect(updates.map((c) => String(c.args.text)).sort()).toEqual([
      `Complaint #${caseId} · ACME (urgent, technical): paged 3 times, last 15:00`,
      `Complaint #${caseId} · ACME (urgent, technical): paged 3 times, last 15:00`,
    ]);
    const posted = calls("chat.postMessage", from).find((c) => c.args.channel === "U_EXEC")!.result as { channel: string; ts: string };
    expect(updates.some((c) => c.args.channel === posted.channel && c.args.ts === posted.ts)).toBe(true);
    const dm = steward.fake.messages.get(posted.channel)?.find((m) => m.ts === posted.ts);
    expect(JSON.stringify(dm?.blocks)).toContain("Paged 3 times, last 15:00. Acknowledge to stop the pages.");
  });

  it("checks roles on every button and refuses with a specific answer", async () => {
    await press("U_OUT", COMPLAINT_ACTIONS.acknowledge);
    await waitFor("the refusal", () => lastResponse() || undefined);
    expect(lastResponse()).toBe(`Case #${caseId} is at tier 3: only tier 3 (executives) may acknowledge it; you are not on this case's tiers.`);
    await press("U_HEAD", COMPLAINT_ACTIONS.acknowledge);
    await waitFor("the tier-2 refusal", () => lastResponse().includes("you are tier 2"));
    await press("U_OWNER", COMPLAINT_ACTIONS.confirm);
    await waitFor("the confirm refusal", () => lastResponse().includes("not resolved yet"));
    expect((await t.db.prisma.complaint.findFirstOrThrow()).version).toBe(2);
  });

  it("acknowledges at tier 3, which stops the pages", async () => {
    clock.set(new Date("2026-11-24T07:05:00.000Z"));
    const pressed = steward.fake.calls.length;
    await press("U_EXEC", COMPLAINT_ACTIONS.acknowledge);
    await waitFor("the acknowledgement", async () => (await t.db.prisma.complaint.findFirstOrThrow()).status === "acknowledged");
    // Redrawing the card is the press's last step (after the thread note).
    await waitFor("the card redrawn", () => calls("chat.update", pressed).some((c) => c.args.ts === cardTs));
    await press("U_EXEC", COMPLAINT_ACTIONS.acknowledge);
    await waitFor("the second-press refusal", () => lastResponse().includes("already acknowledged"));
    expect(lastResponse()).toBe(`Case #${caseId} is already acknowledged by <@U_EXEC> at 15:05.`);
    const from = steward.fake.calls.length;
    await advance("2026-11-24T07:30:00.000Z");
    await advance("2026-11-24T08:00:00.000Z");
    expect(posts(from)).toEqual([]);
    expect(cardText()).toContain("held by <@U_EXEC>");
  });

  it("resolves with a solution, closes on the customer's confirmation and archives the team channel", async () => {
    clock.set(new Date("2026-11-24T08:10:00.000Z"));
    await press("U_TECH", COMPLAINT_ACTIONS.resolve);
    await waitFor("technical support's refusal at tier 3", () => lastResponse().includes("may resolve it"));
    expect(lastResponse()).toBe(`Case #${caseId} is at tier 3: only tier 3 (executives) may resolve it; you are tier 2.`);
    await press("U_EXEC", COMPLAINT_ACTIONS.resolve);
    const opened = await waitFor("the solution modal", () => calls("views.open").find((c) => viewOf(c).callback_id === "complaint_case_text"));
    const metadata = viewOf(opened).private_metadata;
    const empty = await steward.client.viewSubmission({ userId: "U_EXEC", callbackId: "complaint_case_text", privateMetadata: metadata, values: { text: { value: { type: "plain_text_input", value: " " } } } });
    expect(empty.body).toEqual({ response_action: "errors", errors: { text: "Describe the solution: it is what the customer is asked to confirm." } });
    await steward.client.viewSubmission({ userId: "U_EXEC", callbackId: "complaint_case_text", privateMetadata: metadata, values: { text: { value: { type: "plain_text_input", value: "Flashed firmware 2.2; line running" } } } });
    await waitFor("the resolution", async () => (await t.db.prisma.complaint.findFirstOrThrow()).status === "resolved");

    await press("U_OUT", COMPLAINT_ACTIONS.confirm);
    await waitFor("the outsider's refusal", () => lastResponse().includes("may confirm"));
    expect(lastResponse()).toBe(
      `Only the owner (<@U_OWNER>), the person who resolved it (<@U_EXEC>), tier 2 (Support head, technical support) or tier 3 (executives) may confirm case #${caseId} closed; you are not on this case's tiers.`,
    );
    const from = steward.fake.calls.length;
    clock.set(new Date("2026-11-24T09:00:00.000Z"));
    await press("U_OWNER", COMPLAINT_ACTIONS.confirm);
    await waitFor("the closing", async () => (await t.db.prisma.complaint.findFirstOrThrow()).status === "closed");
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    await waitFor("the team channel archived", () => calls("conversations.archive", from).length === 1);
    expect(calls("conversations.archive", from)[0]!.args.channel).toBe(complaint.teamChannel);
    expect(complaint.solution).toBe("Flashed firmware 2.2; line running");
    expect(complaint.nextCheckAt).toBeNull();
  });

  it("keeps the whole trail: every transition with who, when, from, to and why, in the audit log too", async () => {
    const events = await t.db.prisma.complaintEvent.findMany({ where: { complaintId: caseId, kind: { in: ["transition", "escalation"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.at.toISOString(), e.actor, e.kind, e.fromStatus, e.toStatus, e.fromTier, e.toTier, e.reason ?? e.text])).toEqual([
      ["2026-11-24T02:00:00.000Z", "U_FRONT", "transition", null, "open", null, 1, null],
      ["2026-11-24T04:00:00.000Z", "steward", "escalation", "open", "open", 1, 2, "no first response within 2 h"],
      ["2026-11-24T06:00:00.000Z", "steward", "escalation", "open", "open", 2, 3, "not acknowledged within 2 h at tier 2"],
      ["2026-11-24T07:05:00.000Z", "U_EXEC", "transition", "open", "acknowledged", 3, 3, null],
      ["2026-11-24T08:10:00.000Z", "U_EXEC", "transition", "acknowledged", "resolved", 3, 3, "Flashed firmware 2.2; line running"],
      ["2026-11-24T09:00:00.000Z", "U_OWNER", "transition", "resolved", "closed", 3, 3, null],
    ]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "complaints", rowId: String(caseId), action: "update" }, orderBy: { id: "asc" } });
    const statusChanges = audit.filter((row) => (row.after as { status?: string }).status).map((row) => [row.actor, (row.after as { status: string }).status]);
    expect(statusChanges).toEqual([["U_EXEC", "acknowledged"], ["U_EXEC", "resolved"], ["U_OWNER", "closed"]]);
  });

  it("reopens with a reason, and shows the whole timeline", async () => {
    clock.set(new Date("2026-11-25T02:00:00.000Z"));
    await press("U_OWNER", COMPLAINT_ACTIONS.reopen);
    const opened = await waitFor("the reopen modal", () => calls("views.open").filter((c) => viewOf(c).callback_id === "complaint_case_text").at(1));
    const metadata = viewOf(opened).private_metadata;
    await steward.client.viewSubmission({ userId: "U_OWNER", callbackId: "complaint_case_text", privateMetadata: metadata, values: { text: { value: { type: "plain_text_input", value: "E42 is back" } } } });
    await waitFor("the reopening", async () => (await t.db.prisma.complaint.findFirstOrThrow()).status === "reopened");
    const complaint = await t.db.prisma.complaint.findFirstOrThrow();
    expect(complaint.tierSince.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect(complaint.nextCheckAt?.toISOString()).toBe("2026-11-25T02:30:00.000Z");
    // The solution the customer had confirmed no longer holds; the temporary team is back in its channel.
    expect(complaint.solution).toBeNull();
    const team = complaint.teamChannel!;
    await waitFor("the team channel unarchived", () => calls("conversations.unarchive").some((c) => c.args.channel === team));
    await waitFor("the team told", () => posts(0).some((line) => line.startsWith(`${team}: :leftwards_arrow_with_hook: Complaint #${caseId} · ACME is reopened by <@U_OWNER>: E42 is back`)));
    expect(steward.fake.isArchived(team)).toBe(false);
    await waitFor("the card redrawn as reopened", () => cardText().includes("Reopened by <@U_OWNER> — awaiting acknowledgement"));
    expect(cardText()).not.toContain("*Solution*");

    await steward.client.command("/complaint", `show ${caseId}`, { userId: "U_HEAD" });
    const shown = await waitFor("the timeline", () => calls("response_url").find((c) => String(c.args.text).startsWith(`Complaint #${caseId}`)));
    const text = JSON.stringify(shown.args.blocks);
    expect(text).toContain("Firmware 2.1 suspected");
    expect(text).toContain("escalated tier 1 → *tier 2*: no first response within 2 h");
    expect(text).toContain("closed → *reopened*: E42 is back");
  });

  it("opens a new team channel for a reopened case whose old one cannot be unarchived", async () => {
    const before = await t.db.prisma.complaint.findFirstOrThrow();
    // Resolve and close again, then reopen while Slack refuses to unarchive.
    for (const [user, action, text] of [["U_EXEC", COMPLAINT_ACTIONS.acknowledge, null], ["U_EXEC", COMPLAINT_ACTIONS.resolve, "Replaced the controller"]] as const) {
      const opened = calls("views.open").length;
      await press(user, action);
      if (text) {
        const view = await waitFor("the solution modal", () => calls("views.open").at(opened));
        await steward.client.viewSubmission({ userId: user, callbackId: "complaint_case_text", privateMetadata: viewOf(view).private_metadata, values: { text: { value: { type: "plain_text_input", value: text } } } });
      }
    }
    await waitFor("resolved again", async () => (await t.db.prisma.complaint.findFirstOrThrow()).status === "resolved");
    // Issue 14: Confirm closed then asks for the customer's satisfaction (a form of its own): wait for it,
    // so the reopen modal below is not taken for it.
    const satisfactionForms = () => calls("views.open").filter((c) => viewOf(c).callback_id === "complaint_satisfaction").length;
    const asked = satisfactionForms();
    await press("U_OWNER", COMPLAINT_ACTIONS.confirm);
    await waitFor("archived again", () => steward.fake.isArchived(before.teamChannel!));
    await waitFor("the satisfaction form", () => satisfactionForms() === asked + 1);
    steward.fake.failNext("conversations.unarchive", { error: "method_not_supported_for_channel_type" });
    const opened = calls("views.open").length;
    await press("U_OWNER", COMPLAINT_ACTIONS.reopen);
    const view = await waitFor("the reopen modal", () => calls("views.open").at(opened));
    await steward.client.viewSubmission({ userId: "U_OWNER", callbackId: "complaint_case_text", privateMetadata: viewOf(view).private_metadata, values: { text: { value: { type: "plain_text_input", value: "Still failing" } } } });
    const after = await waitFor("a new team channel", async () => {
      const complaint = await t.db.prisma.complaint.findFirstOrThrow();
      return complaint.teamChannel !== before.teamChannel && complaint;
    });
    expect(calls("conversations.create").at(-1)!.args).toMatchObject({ name: `cx-acme-${caseId}-r${after.version - 1}`, is_private: "true" });
    expect(after.solution).toBeNull();
    await waitFor("the card names the new team", () => cardText().includes(`temporary team: <#${after.teamChannel}>`));
  });

  it("gives /customer show the customer's complaint history with the archived conversation", async () => {
    const history = await loadCustomerComplaints(t.db, roster.customerId);
    expect(history.map((h) => [h.record.case.id, h.record.case.status])).toEqual([[caseId, "reopened"]]);
    expect(history[0]!.events.filter((e) => e.kind === "message").map((e) => e.text)).toEqual([
      "Checking the controller logs",
      "Firmware 2.1 suspected",
      "Customer is on the phone",
    ]);
  });
});
