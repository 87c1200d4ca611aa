import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { cardTexts } from "../support/teams-user.js";
import { type TeamsCard, cardOf, teamsActivityBase, teamsChannelSession } from "../support/teams-channel-session.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
const settings = teamSettingsSchema.parse({});
const clock = new ManualClock(new Date("2026-11-24T09:00:00.000Z"));
const warnings: string[] = [];
const infos: string[] = [];
const logger = { info: (...msg: unknown[]) => void infos.push(msg.map(String).join(" ")), debug: () => undefined, error: () => undefined, warn: (...msg: unknown[]) => void warnings.push(msg.map(String).join(" ")) };
let roster: ComplaintRoster;

const aad = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, "0")}`;
const FAY = { aadObjectId: aad(1), name: "Fay" };
const HANA = { aadObjectId: aad(2), name: "Hana" };
const OLGA = { aadObjectId: aad(4), name: "Olga" };
const SUPPORT = "19:support@thread.tacv2";
const STEWARD = { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" };

type Card = TeamsCard;
type Conversation = { id: string; conversationType: "channel" | "groupChat" | "personal" };
const base = teamsActivityBase;
const inSupport: Conversation = { id: SUPPORT, conversationType: "channel" };
const caseRow = () => t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: "desc" } });
const messageEvents = (complaintId: number) => t.db.prisma.complaintEvent.findMany({ where: { complaintId, kind: "message" }, orderBy: { id: "asc" } });

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  // Tom (technical support) is on Slack only: the Teams team names him but cannot ping or add him.
  await setTeamsIdentity(t.db, "U_FRONT", FAY.aadObjectId);
  await setTeamsIdentity(t.db, "U_HEAD", HANA.aadObjectId);
  await setTeamsIdentity(t.db, "U_OWNER", OLGA.aadObjectId);
  await withActor(t.db, "cli:test", (tx) => tx.department.update({ where: { id: roster.supportDepartmentId }, data: { channels: { create: { platform: "teams", channel: SUPPORT } } } }));
});

/** A Steward on the stand-ins, added to Support's channel; group chats as TEAMS_GROUP_CHATS says. */
function useLocalTeams(groupChats: boolean) {
  const box: { local: LocalTeams } = { local: undefined as never };
  beforeAll(async () => {
    box.local = await startLocalTeams({ db: t.db, settings, clock, logger }, 0, { groupChats });
    await send(box.local, { type: "conversationUpdate", membersAdded: [STEWARD], ...base(FAY, inSupport) });
  });
  afterAll(async () => {
    await box.local?.stop();
  });
  return box;
}

const send = (local: LocalTeams, activity: Record<string, unknown>) => teamsChannelSession(() => local, inSupport).send(activity);

/** Opens the intake dialog and submits an urgent complaint for ACME; returns the submission to send it again. */
async function fileUrgent(local: LocalTeams, description: string) {
  const invoke = (name: string, value: unknown) => send(local, { type: "invoke", name, value, ...base(FAY, inSupport) });
  const opened = await invoke("task/fetch", { data: { msteams: { type: "task/fetch" }, form: "complaint_intake", customer: "ACME" } });
  const intake = (opened.body as { task: { value: { card: { content: Card } } } }).task.value.card.content;
  const data = { ...(intake.actions![0]!.data as Record<string, unknown>), customer: "ACME", class: "urgent", category: "technical", description, source: "phone", lead: String(roster.supportDepartmentId) };
  const submit = () => invoke("task/submit", { data });
  const filed = await submit();
  expect((filed.body as { task: { type: string } }).task.type).toBe("message");
  return { filed, row: await caseRow(), submit };
}

/** A person's message in a conversation, as Teams delivers it (with its own id and time). */
const said = (local: LocalTeams, from: typeof FAY, conversation: Conversation, id: string, text: string) =>
  send(local, { type: "message", id, text, timestamp: "2026-11-24T09:30:00.000Z", ...base(from, conversation) });

describe("without Graph group chats: the team is a thread in the lead channel that @mentions its members", () => {
  const box = useLocalTeams(false);

  it("starts the thread with a card mentioning each member with a Teams identity, naming the others, and posts the intro in it", async () => {
    const { filed, row } = await fileUrgent(box.local, "Line 3 stopped");
    const [channel, root] = row.teamChannel!.split(";messageid=");
    expect(channel).toBe(SUPPORT);
    const starter = filed.recorded.find((r) => r.method === "POST" && r.conversationId === SUPPORT && r.activityId === root)!;
    const card = cardOf(starter);
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = cardTexts(card).join("\n");
    expect(text).toContain(`Urgent team for complaint #${row.id} · ACME`);
    expect(text).toContain("Team: <at>Olga</at>, Tom, <at>Hana</at>.");
    expect(card.msteams?.entities).toEqual([
      { type: "mention", text: "<at>Olga</at>", mentioned: { id: OLGA.aadObjectId, name: "Olga" } },
      { type: "mention", text: "<at>Hana</at>", mentioned: { id: HANA.aadObjectId, name: "Hana" } },
    ]);
    // The intro is a reply in that thread, addressed by the thread's own conversation id.
    const intro = filed.recorded.find((r) => r.method === "POST" && r.conversationId === row.teamChannel);
    expect(cardTexts(cardOf(intro!)).join("\n")).toContain(`Temporary team for urgent complaint #${row.id} · ACME: Line 3 stopped`);
    expect(intro!.activity.replyToId).toBe(root);
    expect(box.local.graph.calls).toEqual([]);
  });

  it("archives a reply in the team's thread once, even when Teams delivers it twice, as text; and answers nothing", async () => {
    const row = await caseRow();
    const thread: Conversation = { id: row.teamChannel!, conversationType: "channel" };
    const first = await said(box.local, HANA, thread, "1764000009001", "I'm on it, <at>Olga</at> &amp; <b>team</b>");
    const again = await said(box.local, HANA, thread, "1764000009001", "I'm on it, <at>Olga</at> &amp; <b>team</b>");
    expect([...first.recorded, ...again.recorded]).toEqual([]);
    const events = await messageEvents(row.id);
    expect(events.map((e) => [e.actor, e.text, e.at.toISOString(), e.messagePlatform, e.messageChannel, e.messageId])).toEqual([
      ["U_HEAD", "I'm on it, @Olga & team", "2026-11-24T09:30:00.000Z", "teams", SUPPORT, "1764000009001"],
    ]);
  });

  it("archives a reply in the case card's thread; chatter elsewhere in the channel is neither archived nor answered", async () => {
    const row = await caseRow();
    await said(box.local, OLGA, { id: `${SUPPORT};messageid=${row.cardTs}`, conversationType: "channel" }, "1764000009002", "Customer called again");
    const chatter = await said(box.local, OLGA, { id: `${SUPPORT};messageid=1764000000999`, conversationType: "channel" }, "1764000009003", "Lunch?");
    expect(chatter.recorded).toEqual([]);
    expect((await messageEvents(row.id)).map((e) => e.text)).toEqual(["I'm on it, @Olga & team", "Customer called again"]);
    expect(await t.db.prisma.complaintEvent.count({ where: { kind: "message", text: "Lunch?" } })).toBe(0);
  });
});

describe("with Graph group chats (TEAMS_GROUP_CHATS=1): the team is a group chat Steward is installed in", () => {
  const box = useLocalTeams(true);

  it("creates the chat once with the members' Teams identities as owners, installs Steward and posts the intro card in it", async () => {
    const before = box.local.graph.calls.length;
    const { filed, row, submit } = await fileUrgent(box.local, "Dashboard down");
    const calls = box.local.graph.calls.slice(before);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /v1.0/chats", `POST /v1.0/chats/${encodeURIComponent("19:local-chat-1@thread.v2")}/installedApps`]);
    expect(calls[0]!.authorization).toMatch(/^Bearer \S+/);
    expect(calls[0]!.body).toEqual({
      chatType: "group",
      topic: `ACME — complaint #${row.id}`,
      members: [OLGA, HANA].map((p) => ({ "@odata.type": "#microsoft.graph.aadUserConversationMember", roles: ["owner"], "user@odata.bind": `${box.local.graph.url}/v1.0/users('${p.aadObjectId}')` })),
    });
    expect(calls[1]!.body).toMatchObject({ "teamsApp@odata.bind": `${box.local.graph.url}/v1.0/appCatalogs/teamsApps/${LOCAL_TEAMS.appCatalogId}` });
    expect(row.teamChannel).toBe("19:local-chat-1@thread.v2");
    const inChat = filed.recorded.filter((r) => r.conversationId === row.teamChannel);
    expect(inChat).toHaveLength(1);
    expect(validateAdaptiveCard(cardOf(inChat[0]!))).toEqual([]);
    expect(cardTexts(cardOf(inChat[0]!)).join("\n")).toContain(`Temporary team for urgent complaint #${row.id} · ACME: Dashboard down`);
    // No thread was started in the lead channel: only the case card went there.
    expect(filed.recorded.filter((r) => r.method === "POST" && r.conversationId === SUPPORT)).toHaveLength(1);

    // Teams retries the submission: the same case, no second chat.
    const retried = await submit();
    expect(retried.recorded).toEqual([]);
    expect(box.local.graph.calls).toHaveLength(before + 2);
  });

  it("archives a message in the group chat once, even when the activity arrives twice", async () => {
    const row = await caseRow();
    const chat: Conversation = { id: row.teamChannel!, conversationType: "groupChat" };
    await said(box.local, OLGA, chat, "1764000009101", "Customer is on the phone");
    const again = await said(box.local, OLGA, chat, "1764000009101", "Customer is on the phone");
    expect(again.recorded).toEqual([]);
    const events = await messageEvents(row.id);
    expect(events.map((e) => [e.actor, e.text, e.messageChannel, e.messageId])).toEqual([["U_OWNER", "Customer is on the phone", row.teamChannel, "1764000009101"]]);
  });

  it("a reopened case gets the note in the same chat, and Graph is not called again", async () => {
    const row = await caseRow();
    const press = (from: typeof FAY, verb: string, data: Record<string, unknown>) =>
      send(box.local, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb, data } }, ...base(from, inSupport) });
    const calls = box.local.graph.calls.length;
    await press(FAY, "complaint_resolve", { value: String(row.id), text: "Restarted the service" });
    expect(await caseRow()).toMatchObject({ status: "resolved" });
    const reopened = await press(OLGA, "complaint_reopen", { value: String(row.id), text: "It is down again" });
    expect(await caseRow()).toMatchObject({ status: "reopened", teamChannel: row.teamChannel });
    const note = reopened.recorded.filter((r) => r.conversationId === row.teamChannel);
    expect(note).toHaveLength(1);
    expect(cardTexts(cardOf(note[0]!)).join("\n")).toContain(`Complaint #${row.id} · ACME is reopened by <at>Olga</at>: It is down again`);
    expect(box.local.graph.calls).toHaveLength(calls);
  });

  it("where Graph refuses (403: the permission is not granted) the team is a thread instead, and the refusal is logged once", async () => {
    box.local.graph.refuse(403);
    try {
      const first = await fileUrgent(box.local, "Printer on fire");
      expect(first.row.teamChannel).toMatch(new RegExp(`^${SUPPORT};messageid=\\d+$`));
      const second = await fileUrgent(box.local, "Printer still on fire");
      expect(second.row.teamChannel).toMatch(new RegExp(`^${SUPPORT};messageid=\\d+$`));
      const starter = second.filed.recorded.find((r) => r.activityId === second.row.teamChannel!.split(";messageid=")[1])!;
      expect(cardTexts(cardOf(starter)).join("\n")).toContain("Team: <at>Olga</at>, Tom, <at>Hana</at>.");
      expect(warnings.filter((w) => w.includes("Microsoft Graph refused"))).toHaveLength(1);
    } finally {
      box.local.graph.refuse(null);
    }
  });

  it("with fewer than two members on Teams the team is a thread, and Graph is not asked", async () => {
    await withActor(t.db, "cli:test", (tx) => tx.personIdentity.deleteMany({ where: { platform: "teams", externalId: HANA.aadObjectId } }));
    const calls = box.local.graph.calls.length;
    const { filed, row } = await fileUrgent(box.local, "Scanner jammed");
    expect(row.teamChannel).toMatch(new RegExp(`^${SUPPORT};messageid=\\d+$`));
    expect(box.local.graph.calls).toHaveLength(calls);
    const starter = filed.recorded.find((r) => r.activityId === row.teamChannel!.split(";messageid=")[1])!;
    expect(cardTexts(cardOf(starter)).join("\n")).toContain("Team: <at>Olga</at>, Tom, Hana.");
    expect(infos.some((line) => line.includes(`complaint ${row.id}: fewer than two`))).toBe(true);
  });
});
