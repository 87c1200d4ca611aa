import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createDeliveryDrain } from "../../src/scheduler/delivery-drain.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { redrawComplaintCards } from "../../src/app/complaints/redraw-complaint-cards.js";
import { teamsComplaintChat } from "../../src/teams/complaints/teams-complaint-chat.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { cardTexts } from "../support/teams-user.js";
import { type TeamsCard, cardOf, teamsActivityBase, teamsChannelSession } from "../support/teams-channel-session.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
const settings = teamSettingsSchema.parse({});
const clock = new ManualClock(new Date("2026-11-24T09:00:00.000Z"));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };
let local: LocalTeams;
let roster: ComplaintRoster;

const aad = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, "0")}`;
const FAY = { aadObjectId: aad(1), name: "Fay" };
const HANA = { aadObjectId: aad(2), name: "Hana" };
const OTTO = { aadObjectId: aad(3), name: "Otto" };
const OLGA = { aadObjectId: aad(4), name: "Olga" };
const SUPPORT = "19:support@thread.tacv2";
const inSupport = { id: SUPPORT, conversationType: "channel" };
const base = teamsActivityBase;
type Card = TeamsCard;
const { send, invoke, press } = teamsChannelSession(() => local, inSupport);
const caseRow = () => t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: "desc" } });

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  await setTeamsIdentity(t.db, "U_FRONT", FAY.aadObjectId);
  await setTeamsIdentity(t.db, "U_HEAD", HANA.aadObjectId);
  await setTeamsIdentity(t.db, "U_OUT", OTTO.aadObjectId);
  await setTeamsIdentity(t.db, "U_OWNER", OLGA.aadObjectId);
  await withActor(t.db, "cli:test", async (tx) => {
    // Hana is on Teams only: her escalation ping can reach her nowhere else.
    await tx.personIdentity.deleteMany({ where: { platform: "slack", externalId: "U_HEAD" } });
    // Support works in Teams: its channel there is where the case card goes.
    await tx.department.update({ where: { id: roster.supportDepartmentId }, data: { channels: { create: { platform: "teams", channel: SUPPORT } } } });
  });
  local = await startLocalTeams({ db: t.db, settings, clock, logger: createLogger("error") });
  // Steward is added to the team (the Support channel) and installed by Hana in her personal scope.
  await send({ type: "conversationUpdate", membersAdded: [{ id: `28:${LOCAL_TEAMS.clientId}` }], ...base(FAY, inSupport) });
  await send({ type: "installationUpdate", action: "add", ...base(HANA, { id: `a:${HANA.aadObjectId}`, conversationType: "personal" }) });
});
afterAll(async () => {
  await local?.stop();
});

describe("an urgent complaint in Teams, end to end through /api/messages", () => {
  let complaintId = 0;

  it("`complaint new ACME` answers with a card whose button opens the intake dialog", async () => {
    // In a channel, a command @mentions Steward (the rest is conversation).
    const { recorded } = await send({ type: "message", text: "<at>Steward</at> complaint new ACME", entities: [{ type: "mention", text: "<at>Steward</at>", mentioned: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" } }], ...base(FAY, inSupport) });
    expect(recorded).toHaveLength(1);
    const card = cardOf(recorded[0]!);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(card.body[1]!.actions).toMatchObject([{ type: "Action.Submit", data: { msteams: { type: "task/fetch" }, form: "complaint_intake", customer: "ACME" } }]);
  });

  it("the dialog shows field errors in the dialog, keeps what was typed and files nothing; then files the case", async () => {
    const opened = await invoke(FAY, "task/fetch", { data: { msteams: { type: "task/fetch" }, form: "complaint_intake", customer: "ACME" } });
    const dialog = (opened.body as { task: { type: string; value: { title: string; card: { content: Card } } } }).task;
    expect(dialog.type).toBe("continue");
    expect(dialog.value.title).toBe("New complaint");
    const intake = dialog.value.card.content;
    expect(validateAdaptiveCard(intake)).toEqual([]);
    expect(intake.body.find((e) => e.id === "customer")).toMatchObject({ value: "ACME" });
    const submitData = intake.actions![0]!.data as { form: string; state: string };
    const lead = String(roster.supportDepartmentId);

    const refused = await invoke(FAY, "task/submit", { data: { ...submitData, customer: "NOPE-NOT-A-CUSTOMER", class: "urgent", category: "technical", description: "Line 3 stopped", lead } });
    const again = (refused.body as { task: { type: string; value: { card: { content: Card } } } }).task;
    expect(again.type).toBe("continue");
    expect(validateAdaptiveCard(again.value.card.content)).toEqual([]);
    const texts = cardTexts(again.value.card.content).join("\n");
    expect(texts).toContain("NOPE-NOT-A-CUSTOMER");
    expect(again.value.card.content.body.find((e) => e.id === "description")).toMatchObject({ value: "Line 3 stopped" });
    expect(await t.db.prisma.complaint.count()).toBe(0);

    const forged = await invoke(FAY, "task/submit", { data: { ...submitData, state: submitData.state.replace("null", '{"x":1}'), customer: "ACME", class: "urgent", category: "technical", description: "Line 3 stopped", lead } });
    expect(cardTexts((forged.body as { task: { value: { card: { content: Card } } } }).task.value.card.content).join("\n")).toContain("could not be verified");
    expect(await t.db.prisma.complaint.count()).toBe(0);

    const filed = await invoke(FAY, "task/submit", { data: { ...submitData, customer: "ACME", class: "urgent", category: "technical", description: "Line 3 stopped", source: "phone", lead } });
    const done = (filed.body as { task: { type: string; value: string } }).task;
    expect(done.type).toBe("message");
    const row = await caseRow();
    complaintId = row.id;
    expect(done.value).toContain(`Complaint #${complaintId} for ACME is filed`);
    expect(row).toMatchObject({ class: "urgent", status: "open", tier: 1, cardPlatform: "teams", cardChannel: SUPPORT });
    expect(row.teamChannel).toMatch(new RegExp(`^${SUPPORT};messageid=\\d+$`));
    // The case card sits in Support's Teams channel, drawn in full (the placeholder rewritten in place).
    const drawn = filed.recorded.filter((r) => r.conversationId === SUPPORT && r.method === "PUT" && r.activityId === row.cardTs);
    expect(drawn.length).toBeGreaterThan(0);
    const card = cardOf(drawn.at(-1)!);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(cardTexts(card).join("\n")).toContain("ACME");
    for (const r of filed.recorded) expect(validateAdaptiveCard(cardOf(r))).toEqual([]);

    // Submitted again (Teams retries an invoke): the same case, nothing posted.
    const retried = await invoke(FAY, "task/submit", { data: { ...submitData, customer: "ACME", class: "urgent", category: "technical", description: "Line 3 stopped", source: "phone", lead } });
    expect(retried.recorded).toHaveLength(0);
    expect(await t.db.prisma.complaint.count()).toBe(1);
  });

  it("a press by someone the rules do not allow is refused in the answer and changes nothing", async () => {
    const { body, recorded } = await press(OTTO, "complaint_acknowledge", { value: String(complaintId) });
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(typeof body.value).toBe("string");
    expect(recorded).toHaveLength(0);
    expect(await caseRow()).toMatchObject({ status: "open", version: 0 });
  });

  it("acknowledge by customer service: the case is acknowledged and the card refreshed in place", async () => {
    const { body, recorded } = await press(FAY, "complaint_acknowledge", { value: String(complaintId) });
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(body.value)).toEqual([]);
    expect(await caseRow()).toMatchObject({ status: "acknowledged" });
    const row = await caseRow();
    expect(recorded.some((r) => r.method === "PUT" && r.activityId === row.cardTs)).toBe(true);
    // The thread note names who acknowledged, in the card's thread.
    const note = recorded.find((r) => r.method === "POST" && r.conversationId === `${SUPPORT};messageid=${row.cardTs}`);
    expect(cardTexts(cardOf(note!)).join("\n")).toContain("Acknowledged by <at>Fay</at>");
    for (const r of recorded) expect(validateAdaptiveCard(cardOf(r))).toEqual([]);
  });

  it("at the first-response deadline the timers escalate to tier 2, and Hana's ping reaches her in Teams exactly once", async () => {
    const ctx = { db: t.db, settings, logger: silent };
    const port = createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: silent });
    // The timers redraw the cards they changed through the Teams chat, as the Slack boot does through Slack's.
    const job = complaintEscalationJob({ onCasesChanged: (ids, now) => redrawComplaintCards(ctx, teamsComplaintChat(port), ids, now) });
    const drain = createDeliveryDrain({ db: t.db, ports: { teams: port }, settings: () => settings.reminders, logger: silent, claimer: "test-a" });
    const before = local.connector.recorded.length;
    for (const iso of ["2026-11-24T10:59:00.000Z", "2026-11-24T11:00:30.000Z", "2026-11-24T11:00:30.000Z"]) {
      clock.set(new Date(iso));
      await job.run(new Date(iso), ctx);
      await drain.drain(new Date(iso));
      await drain.drain(new Date(iso));
    }
    const row = await caseRow();
    expect(row).toMatchObject({ tier: 2, status: "open" });
    expect((await caseRow()).tierSince.toISOString()).toBe("2026-11-24T11:00:30.000Z");
    const escalations = await t.db.prisma.delivery.findMany({ where: { rule: "complaint-escalation" } });
    expect(escalations.map((d) => d.recipient).sort()).toContain(`teams:${HANA.aadObjectId}`);
    const toHana = local.connector.recorded.slice(before).filter((r) => r.conversationId === `a:${HANA.aadObjectId}`);
    expect(toHana).toHaveLength(1);
    const ping = cardOf(toHana[0]!);
    expect(validateAdaptiveCard(ping)).toEqual([]);
    expect(cardTexts(ping).join("\n")).toContain(`#${complaintId}`);
    const inThread = local.connector.recorded.slice(before).filter((r) => r.conversationId === `${SUPPORT};messageid=${row.cardTs}` && r.method === "POST");
    expect(inThread).toHaveLength(1);
    const redrawn = local.connector.recorded.slice(before).filter((r) => r.method === "PUT" && r.activityId === row.cardTs);
    expect(redrawn.length).toBeGreaterThan(0);
    expect(validateAdaptiveCard(cardOf(redrawn.at(-1)!))).toEqual([]);
    expect(cardTexts(cardOf(redrawn.at(-1)!)).join("\n")).toContain("Tier 2");
  });

  it("resolve asks for the solution in the card, then applies it; confirm closes the case", async () => {
    const asked = await press(HANA, "complaint_resolve", { value: String(complaintId) });
    expect(asked.body.type).toBe("application/vnd.microsoft.card.adaptive");
    const form = asked.body.value as Card;
    expect(validateAdaptiveCard(form)).toEqual([]);
    expect(form.actions![0]).toMatchObject({ type: "Action.Execute", verb: "complaint_resolve", data: { value: String(complaintId) } });
    expect(asked.recorded).toHaveLength(0);
    // Escalated, the case waits for tier 2 again: asking for words changed nothing.
    expect(await caseRow()).toMatchObject({ status: "open", tier: 2 });

    const resolved = await press(HANA, "complaint_resolve", { value: String(complaintId), text: "Replaced the controller board" });

    expect(resolved.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(resolved.body.value)).toEqual([]);
    expect(await caseRow()).toMatchObject({ status: "resolved", solution: "Replaced the controller board" });

    const refused = await press(FAY, "complaint_confirm", { value: String(complaintId) });
    expect(refused.body.value).toContain("may confirm case #1 closed; you are tier 1");
    const confirmed = await press(OLGA, "complaint_confirm", { value: String(complaintId) });
    expect(confirmed.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(confirmed.body.value)).toEqual([]);
    expect(await caseRow()).toMatchObject({ status: "closed" });
    expect(cardTexts(confirmed.body.value).join("\n")).toContain("Closed");
  });
});

describe("Log as complaint (the message action)", () => {
  it("opens the intake dialog prefilled with the message's text and files the case with its link", async () => {
    const link = "https://teams.microsoft.com/l/message/19:support@thread.tacv2/1764580000000";
    const opened = await invoke(FAY, "composeExtension/fetchTask", {
      commandId: "logComplaint",
      commandContext: "message",
      messagePayload: { id: "1764580000000", body: { contentType: "html", content: "<p>ACME: the <b>dashboard</b> is down &amp; orders stall</p>" }, linkToMessage: link },
    });
    const dialog = (opened.body as { task: { type: string; value: { card: { content: Card } } } }).task;
    expect(dialog.type).toBe("continue");
    const intake = dialog.value.card.content;
    expect(validateAdaptiveCard(intake)).toEqual([]);
    expect(intake.body.find((e) => e.id === "description")).toMatchObject({ value: "ACME: the dashboard is down & orders stall" });
    expect(intake.body.find((e) => e.id === "source")).toMatchObject({ value: "chat" });
    const submitData = intake.actions![0]!.data as Record<string, unknown>;
    const before = await t.db.prisma.complaint.count();
    const filed = await invoke(FAY, "composeExtension/submitAction", {
      commandId: "logComplaint",
      commandContext: "message",
      data: { ...submitData, customer: "ACME", class: "general", category: "product", description: "ACME: the dashboard is down & orders stall", source: "chat", lead: String(roster.supportDepartmentId) },
    });
    expect((filed.body as { task: { type: string } }).task.type).toBe("message");
    expect(await t.db.prisma.complaint.count()).toBe(before + 1);
    expect(await caseRow()).toMatchObject({ class: "general", sourcePermalink: link, cardChannel: SUPPORT });
  });
});
