import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { Message } from "../../src/domain/messages/message.js";
import type { DeliveryPort } from "../../src/domain/deliveries/delivery-port.js";
import { withActor } from "../../src/db/with-actor.js";
import { enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
let local: LocalTeams;
let port: DeliveryPort;
const warnings: string[] = [];
const OLGA = "0a1b2c3d-0000-4000-8000-00000000016a";
const ping: Message = {
  text: "ACME: complaint #7 escalated to you",
  parts: [
    { kind: "heading", text: "Complaint #7 escalated to you" },
    { kind: "controls", controls: [{ kind: "button", label: "Acknowledge", action: "complaint_acknowledge", value: "7", style: "primary" }] },
  ],
};

const activity = (type: string, conversation: { id: string; conversationType: string }, extra: Record<string, unknown> = {}) => ({
  type,
  from: { id: `29:${OLGA}`, aadObjectId: OLGA, name: "Olga" },
  recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
  conversation: { ...conversation, tenantId: LOCAL_TEAMS.tenantId },
  channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  ...extra,
});

beforeAll(async () => {
  local = await startLocalTeams({
    db: t.db,
    settings: teamSettingsSchema.parse({}),
    clock: new ManualClock(new Date("2026-11-24T09:00:00Z")),
    logger: createLogger(process.env.STEWARD_TEST_LOG === "1" ? "debug" : "error"),
  });
  port = createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: { warn: (line: unknown) => warnings.push(String(line)) } });
});
afterAll(async () => {
  await local?.stop();
});

/** How the drain would take a failed post: the port's own classification of what it threw. */
async function failureOf(work: Promise<unknown>) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  return port.classifyFailure(error);
}
const message = (m: Message) => ({ kind: "message" as const, message: m });

describe("proactive delivery to Teams", () => {
  it("stores the personal chat's reference on install, then posts and updates a card there", async () => {
    const installed = await local.connector.send(local.teams.messagesUrl, activity("installationUpdate", { id: "a:olga-chat", conversationType: "personal" }, { action: "add" }));
    expect(installed.status).toBe(200);
    expect(await t.db.prisma.teamsConversation.findUnique({ where: { conversationId: "a:olga-chat" } })).toMatchObject({ scope: "personal", userAadId: OLGA, installed: true });

    const sent = await port.post({ to: OLGA, content: message(ping), keys: ["ping:7:olga"] });
    expect(sent.conversation).toBe("a:olga-chat");
    const posted = local.connector.recorded.filter((r) => r.conversationId === "a:olga-chat");
    expect(posted).toHaveLength(1);
    expect(posted[0]!.authorization).toMatch(/^Bearer /);
    const card = (posted[0]!.activity as { attachments: { content: unknown }[] }).attachments[0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"verb":"complaint_acknowledge"');

    await port.update(sent, { to: OLGA, content: message({ ...ping, parts: [{ kind: "heading", text: "Acknowledged" }] }), keys: ["ping:7:olga"] });
    const update = local.connector.recorded.at(-1)!;
    expect(update).toMatchObject({ method: "PUT", conversationId: "a:olga-chat", activityId: sent.id });
  });

  it("a 429 surfaces as the drain's rate limit with its Retry-After; sent again, the card arrives once", async () => {
    const before = local.connector.recorded.length;
    local.connector.throttle(1, 7);
    expect(await failureOf(port.post({ to: OLGA, content: message(ping), keys: ["ping:8:olga"] }))).toEqual({ kind: "rate-limited", retryAfterSeconds: 7 });
    expect(local.connector.recorded.length).toBe(before);
    await port.post({ to: OLGA, content: message(ping), keys: ["ping:8:olga"] });
    expect(local.connector.recorded.length).toBe(before + 1);
  });

  it("a recipient Steward cannot reach is refused with what to do, reported once", async () => {
    const unknown = "0a1b2c3d-0000-4000-8000-000000000bad";
    const first = await failureOf(port.post({ to: unknown, content: message({ text: "x", parts: [] }), keys: ["k1"] }));
    expect(first).toMatchObject({ kind: "refused" });
    expect(first.kind === "refused" && first.message).toContain("has not been installed there");
    await failureOf(port.post({ to: unknown, content: message({ text: "x", parts: [] }), keys: ["k2"] }));
    expect(warnings.filter((w) => w.includes("000000000bad"))).toHaveLength(1);
  });

  it("someone the roster lists by sign-in name who installs Steward is known by their object id from then on, so their chat is reached", async () => {
    const TOM = { aad: "0a1b2c3d-0000-4000-8000-00000000070a", upn: "Tom.Tech@acme.example" };
    const tom = await withActor(t.db, "cli:test", (tx) =>
      tx.person.create({ data: { name: "Tom", roles: ["tech_support"], identities: { create: [{ platform: "teams", externalId: "tom.tech@acme.example" }] } } }),
    );
    // A ping for Tom is already waiting, addressed by the sign-in name the roster lists (he has not installed Steward).
    await withActor(t.db, "steward", (tx) =>
      enqueueDeliveries(tx, [{ key: "ping:8:tom", rule: "complaint-ping", recipient: "teams:tom.tech@acme.example", dueAt: new Date("2026-11-24T09:00:00Z"), payload: { message: ping } }]),
    );
    local.connector.addMember({ id: `29:${TOM.aad}`, aadObjectId: TOM.aad, name: "Tom", userPrincipalName: TOM.upn });
    const installed = await local.connector.send(local.teams.messagesUrl, {
      ...activity("installationUpdate", { id: "a:tom-chat", conversationType: "personal" }, { action: "add" }),
      from: { id: `29:${TOM.aad}`, aadObjectId: TOM.aad, name: "Tom" },
    });
    expect(installed.status).toBe(200);
    expect(await t.db.prisma.personIdentity.findMany({ where: { personId: tom.id }, select: { platform: true, externalId: true } })).toEqual([{ platform: "teams", externalId: TOM.aad }]);
    // What waits for him follows him to that id; and the drain addresses Tom by his Teams identity: now the id his chat was stored under.
    expect(await t.db.prisma.delivery.findUnique({ where: { key: "ping:8:tom" }, select: { recipient: true, status: true } })).toEqual({ recipient: `teams:${TOM.aad}`, status: "pending" });
    expect((await port.post({ to: TOM.aad, content: message(ping), keys: ["ping:7:tom"] })).conversation).toBe("a:tom-chat");
    // Attributed to Tom himself, as every change is to a person.
    const audit = await t.db.prisma.auditLog.findFirst({ where: { tableName: "person_identities" }, orderBy: { id: "desc" } });
    expect(audit?.actor).toBe(`teams:${TOM.aad}`);
  });

  it("a team channel is stored when Steward is added to the team, and forgotten when removed", async () => {
    const channel = { id: "19:support@thread.tacv2", conversationType: "channel" };
    const bot = { id: `28:${LOCAL_TEAMS.clientId}` };
    const team = { channelData: { tenant: { id: LOCAL_TEAMS.tenantId }, team: { id: "19:team@thread.tacv2" }, channel: { id: channel.id }, eventType: "teamMemberAdded" } };
    await local.connector.send(local.teams.messagesUrl, activity("conversationUpdate", channel, { membersAdded: [bot], ...team }));
    expect(await t.db.prisma.teamsConversation.findUnique({ where: { conversationId: channel.id } })).toMatchObject({ scope: "team", teamId: "19:team@thread.tacv2", installed: true });
    const report = await port.post({ to: channel.id, content: { kind: "stored", text: "Monthly report" }, keys: ["report"] });
    // A reply in a channel goes into the message's thread; a chat has no threads, so there it is the next message.
    await port.post({ to: channel.id, thread: report.id, content: { kind: "stored", text: "Note" }, keys: ["note"] });
    expect(local.connector.recorded.at(-1)).toMatchObject({ method: "POST", conversationId: `${channel.id};messageid=${report.id}` });
    await port.post({ to: OLGA, thread: "1764000000000", content: { kind: "stored", text: "Note" }, keys: ["chat-note"] });
    expect(local.connector.recorded.at(-1)).toMatchObject({ method: "POST", conversationId: "a:olga-chat" });
    await local.connector.send(local.teams.messagesUrl, activity("conversationUpdate", channel, { membersRemoved: [bot], ...team, channelData: { ...team.channelData, eventType: "teamMemberRemoved" } }));
    expect(await failureOf(port.post({ to: channel.id, content: message({ text: "x", parts: [] }), keys: ["k3"] }))).toMatchObject({ kind: "refused" });
  });
});
