import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { redrawComplaintCards } from "../../src/app/complaints/redraw-complaint-cards.js";
import { createDeliveryDrain } from "../../src/scheduler/delivery-drain.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { teamsComplaintChat } from "../../src/teams/complaints/teams-complaint-chat.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { TEAMS_LIMITS } from "../../src/teams/render/teams-limits.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { cardTexts } from "../support/teams-user.js";
import { type TeamsCard, cardOf, teamsActivityBase, teamsChannelSession } from "../support/teams-channel-session.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

/**
 * Teams parity of the case flows (issue 13), through /api/messages with authenticated activities and
 * the stand-in Bot Connector: cooperating notices on each department's own platform, SLA warnings for
 * a Teams-only acknowledger, escalating with a tier skip, and the satisfaction prompt after confirming.
 */
const t = useTestDatabase();
const settings = teamSettingsSchema.parse({});
const clock = new ManualClock(new Date("2026-11-24T09:00:00.000Z"));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
const fake = new FakeSlackApi();
let local: LocalTeams;
let roster: ComplaintRoster;
let fieldId = 0;
let qualityId = 0;

const aad = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, "0")}`;
const FAY = { aadObjectId: aad(11), name: "Fay" }; // frontline, Teams only
const HANA = { aadObjectId: aad(12), name: "Hana" }; // Support head, Teams only
const OTTO = { aadObjectId: aad(13), name: "Otto" };
const OLGA = { aadObjectId: aad(14), name: "Olga" }; // the owner, on both
const EVE = { aadObjectId: aad(15), name: "Eve" }; // executive, on both
const SUPPORT = "19:support@thread.tacv2";
const FIELD = "19:field@thread.tacv2";
const QUALITY = "19:quality@thread.tacv2";
const inSupport = { id: SUPPORT, conversationType: "channel" };
const base = teamsActivityBase;
type Card = TeamsCard;
const { send, invoke, press } = teamsChannelSession(() => local, inSupport);
const caseRow = () => t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: "desc" } });
/** Every element of a card, however deep (containers, action sets). */
const elements = (card: unknown): Record<string, unknown>[] => {
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      found.push(value as Record<string, unknown>);
      Object.values(value).forEach(walk);
    }
  };
  walk(card);
  return found;
};

let ctx: { db: typeof t.db; settings: typeof settings; logger: typeof silent };
let drain: ReturnType<typeof createDeliveryDrain>;
let job: ReturnType<typeof complaintEscalationJob>;

beforeAll(async () => {
  await fake.start();
  ctx = { db: t.db, settings, logger: silent };
  roster = await seedComplaintRoster(t.db);
  for (const [slack, teams] of [["U_FRONT", FAY], ["U_HEAD", HANA], ["U_OUT", OTTO], ["U_OWNER", OLGA], ["U_EXEC", EVE]] as const) await setTeamsIdentity(t.db, slack, teams.aadObjectId);
  await withActor(t.db, "cli:test", async (tx) => {
    // Fay and Hana work in Teams only.
    await tx.personIdentity.deleteMany({ where: { platform: "slack", externalId: { in: ["U_FRONT", "U_HEAD"] } } });
    await tx.department.update({ where: { id: roster.supportDepartmentId }, data: { channels: { create: { platform: "teams", channel: SUPPORT } } } });
    // Engineering (seeded) is on Slack only; Field on Teams only; Quality on both.
    fieldId = (await tx.department.create({ data: { name: "Field", channels: { create: { platform: "teams", channel: FIELD } } } })).id;
    qualityId = (
      await tx.department.create({ data: { name: "Quality", channels: { create: [{ platform: "slack", channel: "C_QA" }, { platform: "teams", channel: QUALITY }] } } })
    ).id;
  });
  local = await startLocalTeams({ db: t.db, settings, clock, logger: createLogger("error") });
  // Steward is added to the team's channels and installed by Fay in her personal scope.
  for (const channel of [SUPPORT, FIELD, QUALITY]) {
    await send({ type: "conversationUpdate", membersAdded: [{ id: `28:${LOCAL_TEAMS.clientId}` }], ...base(OLGA, { id: channel, conversationType: "channel" }) });
  }
  await send({ type: "installationUpdate", action: "add", ...base(FAY, { id: `a:${FAY.aadObjectId}`, conversationType: "personal" }) });
  const teamsPort = createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: silent });
  job = complaintEscalationJob({ onCasesChanged: (ids, now) => redrawComplaintCards(ctx, teamsComplaintChat(teamsPort), ids, now) });
  drain = createDeliveryDrain({
    db: t.db,
    ports: { teams: teamsPort, slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
    settings: () => settings.reminders,
    logger: silent,
    claimer: "test-a",
  });
});
afterAll(async () => {
  await local?.stop();
  await fake.stop();
});

describe("case flows in Teams, as in Slack", () => {
  let complaintId = 0;

  it("a case filed in Teams sends each cooperating department one notice, on the platform its channel is on", async () => {
    const opened = await invoke(FAY, "task/fetch", { data: { msteams: { type: "task/fetch" }, form: "complaint_intake", customer: "ACME" } });
    const submitData = (opened.body as { task: { value: { card: { content: Card } } } }).task.value.card.content.actions![0]!.data as Record<string, unknown>;
    const cooperating = [roster.engineeringDepartmentId, fieldId, qualityId].join(",");
    const filed = await invoke(FAY, "task/submit", {
      data: { ...submitData, customer: "ACME", class: "urgent", category: "technical", description: "Line 3 stopped", source: "phone", lead: String(roster.supportDepartmentId), cooperating },
    });
    expect((filed.body as { task: { type: string } }).task.type).toBe("message");
    const row = await caseRow();
    complaintId = row.id;
    expect(row.openedById).not.toBeNull();
    // Field (Teams only) and Quality (both: the filer's platform wins) get their notice in Teams, once each.
    const noticesIn = (channel: string) => filed.recorded.filter((r) => r.conversationId === channel && r.method === "POST");
    expect(noticesIn(FIELD)).toHaveLength(1);
    expect(noticesIn(QUALITY)).toHaveLength(1);
    for (const r of filed.recorded) expect(validateAdaptiveCard(cardOf(r))).toEqual([]);
    expect(cardTexts(cardOf(noticesIn(FIELD)[0]!)).join("\n")).toContain(`Complaint #${complaintId}`);
    const departments = await t.db.prisma.complaintDepartment.findMany({ where: { complaintId }, orderBy: { departmentId: "asc" } });
    expect(departments.map((d) => [d.departmentId, d.noticePlatform])).toEqual([
      [roster.engineeringDepartmentId, null],
      [fieldId, "teams"],
      [qualityId, "teams"],
    ]);
    // Engineering is on Slack only: its notice goes through the ledger to its Slack channel, exactly once.
    const ledger = await t.db.prisma.delivery.findMany({ where: { rule: "complaint-notice" } });
    expect(ledger.map((d) => [d.key, d.recipient])).toEqual([[`complaint-notice:${complaintId}:${roster.engineeringDepartmentId}`, "C_ENG"]]);
    await drain.drain(clock.now());
    await drain.drain(clock.now());
    expect(fake.messages.get("C_ENG") ?? []).toHaveLength(1);
    expect(fake.messages.get("C_ENG")![0]!.text).toContain(`#${complaintId}`);
    expect(fake.messages.get("C_QA") ?? []).toHaveLength(0);
  });

  it("Fay, on Teams only, acknowledges; the SLA warning meant for her reaches her in Teams exactly once", async () => {
    clock.set(new Date("2026-11-24T09:05:00.000Z"));
    const acknowledged = await press(FAY, "complaint_acknowledge", { value: String(complaintId) });
    expect(acknowledged.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const fay = await t.db.prisma.personIdentity.findFirstOrThrow({ where: { platform: "teams", externalId: FAY.aadObjectId } });
    expect(await caseRow()).toMatchObject({ status: "acknowledged", acknowledgedById: fay.personId });
    const before = local.connector.recorded.length;
    // 75% of the 2 h first-response deadline: 10:30; ticks at and after it, twice each (a second replica).
    for (const iso of ["2026-11-24T10:31:00.000Z", "2026-11-24T10:31:00.000Z", "2026-11-24T10:40:00.000Z"]) {
      clock.set(new Date(iso));
      await job.run(new Date(iso), ctx);
      await drain.drain(new Date(iso));
      await drain.drain(new Date(iso));
    }
    const warnings = await t.db.prisma.delivery.findMany({ where: { rule: "complaint-warning" } });
    expect(warnings.map((d) => d.recipient)).toEqual([`teams:${FAY.aadObjectId}`]);
    const toFay = local.connector.recorded.slice(before).filter((r) => r.conversationId === `a:${FAY.aadObjectId}`);
    expect(toFay).toHaveLength(1);
    expect(validateAdaptiveCard(cardOf(toFay[0]!))).toEqual([]);
    expect(cardTexts(cardOf(toFay[0]!)).join("\n")).toMatch(/due in/i);
    // Nobody on the tier was warned instead of her, on either platform.
    expect(fake.calls.filter((c) => c.method === "chat.postMessage" && String(c.args.channel).startsWith("U"))).toHaveLength(0);
  });

  it("escalate offers the tier skip; tier 1 may not skip, tier 2 may; someone off the case is refused before any form", async () => {
    const outsider = await press(OTTO, "complaint_escalate", { value: String(complaintId) });
    expect(outsider.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(outsider.body.value).toContain("you are not on this case's tiers");

    const form = await press(FAY, "complaint_escalate", { value: String(complaintId) });
    expect(form.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = form.body.value as Card;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const tier = elements(card).find((e) => e.id === "tier");
    expect(tier).toMatchObject({ type: "Input.ChoiceSet", value: "2" });
    expect((tier!.choices as { value: string }[]).map((c) => c.value)).toEqual(["2", "3"]);
    expect(card.actions![0]).toMatchObject({ type: "Action.Execute", verb: "complaint_escalate", data: { value: String(complaintId) } });

    const skipped = await press(FAY, "complaint_escalate", { value: String(complaintId), text: "Needs the plant manager", tier: "3" });
    expect(skipped.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(skipped.body.value).toContain("Only tier 2 or above may skip a tier; escalate to tier 2 instead (you are tier 1).");
    expect(await caseRow()).toMatchObject({ tier: 1 });

    const byHead = await press(HANA, "complaint_escalate", { value: String(complaintId), text: "Needs the plant manager", tier: "3" });
    expect(byHead.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(byHead.body.value)).toEqual([]);
    expect(await caseRow()).toMatchObject({ tier: 3 });
    const event = await t.db.prisma.complaintEvent.findFirstOrThrow({ where: { complaintId, kind: "escalation" } });
    expect(event).toMatchObject({ actor: `teams:${HANA.aadObjectId}`, fromTier: 1, toTier: 3, reason: "Needs the plant manager" });
  });

  it("confirming shows the satisfaction prompt to whoever confirmed; the answer is theirs alone and recorded once", async () => {
    await press(EVE, "complaint_resolve", { value: String(complaintId), text: "Replaced the controller board" });
    expect(await caseRow()).toMatchObject({ status: "resolved" });

    const confirmed = await press(HANA, "complaint_confirm", { value: String(complaintId) });
    expect(confirmed.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const prompt = confirmed.body.value as Card;
    expect(validateAdaptiveCard(prompt)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(prompt))).toBeLessThanOrEqual(TEAMS_LIMITS.cardBytes);
    expect(await caseRow()).toMatchObject({ status: "closed" });
    const texts = cardTexts(prompt).join("\n");
    expect(texts).toContain("Closed");
    expect(texts).toContain(`Case #${complaintId} is closed. How satisfied is ACME with how it was handled?`);
    expect(elements(prompt).find((e) => e.id === "score")).toMatchObject({ type: "Input.Number", min: 1, max: 5 });
    const record = elements(prompt).find((e) => e.verb === "complaint_satisfaction");
    expect(record).toMatchObject({ type: "Action.Execute", title: "Record", data: { value: String(complaintId), customer: "ACME" } });
    // Everyone else's copy of the card has no prompt: it was redrawn without one.
    const row = await caseRow();
    const redrawn = confirmed.recorded.filter((r) => r.method === "PUT" && r.activityId === row.cardTs);
    expect(redrawn.length).toBeGreaterThan(0);
    expect(elements(cardOf(redrawn.at(-1)!)).some((e) => e.verb === "complaint_satisfaction")).toBe(false);

    const data = record!.data as Record<string, unknown>;
    const byOwner = await press(OLGA, "complaint_satisfaction", { ...data, score: "5" });
    expect(byOwner.body).toMatchObject({ type: "application/vnd.microsoft.activity.message" });
    expect(byOwner.body.value).toBe(`Only the person who confirmed case #${complaintId} closed records the customer's satisfaction. Nothing was recorded.`);

    const bad = await press(HANA, "complaint_satisfaction", { ...data, score: "9", comment: "Happy again" });
    expect(bad.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(bad.body.value)).toEqual([]);
    expect(cardTexts(bad.body.value).join("\n")).toContain('"9" is not a score: give a whole number from 1 (very dissatisfied) to 5 (very satisfied), e.g. 4.');
    expect(elements(bad.body.value).find((e) => e.id === "comment")).toMatchObject({ value: "Happy again" });
    expect(await t.db.prisma.complaintSatisfaction.count()).toBe(0);

    const answered = await press(HANA, "complaint_satisfaction", { ...data, score: "4", comment: "Happy again" });
    expect(answered.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(answered.body.value)).toEqual([]);
    expect(elements(answered.body.value).some((e) => e.verb === "complaint_satisfaction")).toBe(false);
    // Pressed twice (a retried invoke, a double click): the first answer stands.
    const again = await press(HANA, "complaint_satisfaction", { ...data, score: "2" });
    expect(again.body.type).toBe("application/vnd.microsoft.activity.message");
    expect(again.body.value).toMatch(new RegExp(`^The customer's satisfaction with case #${complaintId} is recorded already \\(4 of 5, at .+\\); nothing was changed\\.$`));
    const stored = await t.db.prisma.complaintSatisfaction.findMany();
    expect(stored.map((s) => [s.complaintId, s.score, s.comment, s.recordedBy])).toEqual([[complaintId, 4, "Happy again", `teams:${HANA.aadObjectId}`]]);
  });
});
