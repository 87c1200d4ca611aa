import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { intakeValues } from "../complaints/support/intake-values.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { findMarkup, HOSTILE } from "../support/find-markup.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

/**
 * User and imported text never becomes a ping, a link or formatting in anything Steward sends: the
 * roster, the complaint and its conversation are full of hostile text, Steward is driven through signed
 * requests, and every Web API call it made (messages, updates, ephemeral replies, modals, Home) is scanned.
 */
const t = useTestDatabase();
let steward: TestSteward;
let supportId: number;

const calls = (method: string, from = 0) => steward.fake.calls.slice(from).filter((c) => c.method === method);
const viewOf = (call: RecordedCall) => (typeof call.args.view === "string" ? JSON.parse(call.args.view) : call.args.view) as { private_metadata: string };

beforeAll(async () => {
  await withActor(t.db, "cli:test", async (tx) => {
    const support = await tx.department.create({ data: { name: `Support ${HOSTILE}`, channels: { create: { platform: "slack", channel: "C_SUPPORT" } } } });
    const eng = await tx.department.create({ data: { name: `Eng ${HOSTILE}`, channels: { create: { platform: "slack", channel: "C_ENG" } } } });
    supportId = support.id;
    const person = (slackUserId: string, name: string, roles: ("owner" | "frontline" | "tech_support" | "executive")[], departmentId: number | null) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, roles, departmentId } });
    const owner = await person("U_OWNER", `Olga ${HOSTILE}`, ["owner", "frontline"], support.id);
    await person("U_TECH", `Tom ${HOSTILE}`, ["tech_support"], eng.id);
    await person("U_EXEC", "Eve", ["executive"], null);
    const customer = await tx.customer.create({ data: { key: "EVIL", name: `Evil ${HOSTILE}`, aliases: [HOSTILE], ownerId: owner.id, valueSegment: "high" } });
    await tx.contact.create({ data: { customerId: customer.id, name: `Ann ${HOSTILE}`, title: HOSTILE, email: "ann_buyer@evil.example", phone: HOSTILE } });
    await tx.interaction.create({ data: { customerId: customer.id, kind: "call", occurredAt: new Date("2026-11-20T02:00:00Z"), summary: HOSTILE, authorId: owner.id } });
  });
  steward = await startTestSteward({ db: t.db, clock: new ManualClock(new Date("2026-11-24T02:00:00Z")) });
});
afterAll(async () => {
  await steward?.stop();
});

async function command(name: "/customer" | "/complaint", text: string, userId = "U_OWNER"): Promise<RecordedCall> {
  const before = steward.fake.calls.length;
  expect((await steward.client.command(name, text, { userId, channelId: "C_SUPPORT" })).status).toBe(200);
  return waitFor(`the reply to ${name} ${text.slice(0, 20)}`, () => steward.fake.calls.slice(before).find((c) => c.method === "response_url" || c.method === "views.open"));
}

describe("hostile text through the signed path", () => {
  let caseId: number;

  it("files an urgent complaint whose description holds NUL and a lone surrogate: cleaned, not lost", async () => {
    const from = steward.fake.calls.length;
    const description = `${HOSTILE} \u0000nul \u0007bell \ud83dhalf-emoji kept`;
    const response = await steward.client.viewSubmission({
      userId: "U_OWNER",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "EVIL", class: "urgent", category: "technical", description, source: "phone", lead: supportId }),
    });
    expect(response.status).toBe(200);
    const confirmation = await waitFor("the filing confirmation", () => calls("chat.postMessage", from).find((c) => String(c.args.text).includes("is filed")));
    caseId = Number(/#(\d+)/.exec(String(confirmation.args.text))![1]);
    const row = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.description).toBe(`${HOSTILE} nul bell \ufffdhalf-emoji kept`);
    // the temporary team's first message: the description as text, not a ping of the whole team
    const team = calls("conversations.create", from)[0]!;
    expect(team).toBeDefined();
    const intro = calls("chat.postMessage", from).find((c) => String(c.args.text).startsWith("Temporary team"))!;
    expect(String(intro.args.text)).toContain("&lt;!channel&gt; &lt;!here&gt; &lt;@UEVIL1&gt; &lt;http://evil.example/reset|Click to keep your account&gt; &amp; ∗bold∗ ˍitˍ ˜gone˜ ˋcodeˋ");
  });

  it("records a solution and an archived reply with hostile text; the reply is escaped once", async () => {
    const row = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: caseId } });
    let from = steward.fake.calls.length;
    await steward.client.blockAction({ userId: "U_OWNER", actionId: "complaint_resolve", value: String(caseId), channelId: "C_SUPPORT", messageTs: row.cardTs! });
    const opened = await waitFor("the resolve modal", () => calls("views.open", from)[0]);
    from = steward.fake.calls.length;
    await steward.client.viewSubmission({ userId: "U_OWNER", callbackId: "complaint_case_text", privateMetadata: viewOf(opened).private_metadata, values: { text: { value: { type: "plain_text_input", value: HOSTILE } } } });
    await waitFor("the resolved case", async () => (await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: caseId } })).status === "resolved");
    // Slack sends message text with &, <, > as entities.
    await steward.client.event({ type: "message", channel: "C_SUPPORT", user: "U_TECH", ts: "1790000000.000100", thread_ts: row.cardTs!, text: "fish &amp; chips &lt;!channel&gt; <@U_OWNER>" });
    await waitFor("the archived reply", async () => (await t.db.prisma.complaintEvent.count({ where: { complaintId: caseId, kind: "message" } })) === 1);
    const shown = JSON.stringify((await command("/complaint", `show ${caseId}`)).args);
    expect(shown).toContain("fish &amp; chips &lt;!channel&gt; &lt;@U_OWNER&gt;");
    expect(shown).not.toContain("&amp;amp;");
  });

  it("echoes typed text in /complaint list and show as text", async () => {
    for (const text of ["list <!channel>", "show <!channel>", "list all <@UEVIL1>", "report <!here>"]) {
      const reply = JSON.stringify((await command("/complaint", text)).args);
      expect(reply, text).not.toMatch(/<!channel>|<!here>|<@UEVIL1>/);
    }
  });

  it("refuses an intake form whose private_metadata was forged, reading nothing from the named channel", async () => {
    const from = steward.fake.calls.length;
    const before = await t.db.prisma.complaint.count();
    const forged = JSON.stringify({ source: { channel: "C_SECRET", ts: "1.000001", permalink: "https://evil.example/reset", longerThanField: true } });
    const response = await steward.client.viewSubmission({
      userId: "U_OWNER",
      callbackId: "complaint_intake",
      privateMetadata: forged,
      values: intakeValues({ customer: "EVIL", class: "general", category: "technical", description: "line down", lead: supportId }),
    });
    expect(response.body).toEqual({ response_action: "errors", errors: { description: "This form could not be verified (it is out of date or was changed); close it and open a new one. Nothing was filed." } });
    expect(await t.db.prisma.complaint.count()).toBe(before);
    expect(steward.fake.calls.slice(from).filter((c) => c.args.channel === "C_SECRET")).toEqual([]);
  });

  it("re-derives an assessment form's date: a backdated metadata is refused and nothing is recorded", async () => {
    const evil = await t.db.prisma.customer.findUniqueOrThrow({ where: { key: "EVIL" } });
    const response = await steward.client.viewSubmission({
      userId: "U_OWNER",
      callbackId: "health_assess",
      privateMetadata: JSON.stringify({ c: evil.id, on: "2020-01-01" }),
      values: { needs_fit: { value: { type: "static_select", selected_option: { value: "7" } } } },
    });
    expect(response.body).toEqual({ response_action: "errors", errors: { needs_fit: "This form was opened for 2020-01-01; close it and type `/customer assess` again to assess as of 2026-11-24." } });
    expect(await t.db.prisma.assessment.count()).toBe(0);
  });

  it("shows the customer's card, score, list and Home with the roster's hostile names as text", async () => {
    await command("/customer", "show EVIL");
    await command("/customer", "score EVIL");
    await command("/customer", "list");
    await command("/customer", "show Evil", "U_TECH");
    await command("/customer", "score ev");
    const from = steward.fake.calls.length;
    await steward.client.event({ type: "app_home_opened", user: "U_OWNER", channel: "D1", tab: "home" });
    await waitFor("the home view", () => calls("views.publish", from)[0]);
  });

  it("sent nothing, anywhere, in which the hostile text is markup", () => {
    const sent = steward.fake.calls.filter((c) => !["auth.test", "conversations.history", "conversations.replies"].includes(c.method));
    expect(sent.length).toBeGreaterThan(15);
    const found = sent.map((call) => findMarkup({ [call.method]: call.args }));
    expect(found.reduce((sum, f) => sum + f.mrkdwnCount, 0)).toBeGreaterThan(50);
    expect(found.flatMap((f) => f.problems)).toEqual([]);
  });
});
