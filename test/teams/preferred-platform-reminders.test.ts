import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const clock = new ManualClock(new Date("2026-11-24T00:00:00Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let local: LocalTeams;
let scheduler: Scheduler;
const warnings: string[] = [];
/** Every ledger key delivered, with where it went: `slack <channel> <key>` or `teams <conversation> <key>`. */
const delivered: string[] = [];

const TARA = "0a1b2c3d-0000-4000-8000-0000000000a1"; // Teams only
const BEN = "0a1b2c3d-0000-4000-8000-0000000000b2"; // both, prefers Teams

// Three owners in Berlin, each with a customer whose contact has a birthday on Tue 24 Nov 2026: Sam is on
// Slack only, Tara on Teams only, Ben on both and prefers Teams.
beforeAll(async () => {
  await fake.start();
  local = await startLocalTeams({ db: t.db, settings: teamSettingsSchema.parse({}), clock, logger: createLogger("error") });
  await withActor(t.db, "cli:test", async (tx) => {
    const people = [
      { name: "Sam", identities: [{ platform: "slack", externalId: "U0SAM" }], preferredPlatform: null },
      { name: "Tara", identities: [{ platform: "teams", externalId: TARA }], preferredPlatform: null },
      { name: "Ben", identities: [{ platform: "slack", externalId: "U0BEN" }, { platform: "teams", externalId: BEN }], preferredPlatform: "teams" },
    ];
    for (const person of people) {
      const owner = await tx.person.create({
        data: { name: person.name, timeZone: "Europe/Berlin", roles: ["owner"], preferredPlatform: person.preferredPlatform, identities: { create: person.identities } },
      });
      const customer = await tx.customer.create({ data: { key: person.name.toUpperCase(), name: `Customer of ${person.name}`, ownerId: owner.id, createdAt: new Date("2026-01-05T00:00:00Z") } });
      await tx.contact.create({ data: { customerId: customer.id, name: `Born 11-24 (${person.name})`, birthdayMonth: 11, birthdayDay: 24 } });
    }
  });
  // Tara and Ben installed Steward in Teams: their personal chats are where Steward reaches them.
  for (const [aad, chat] of [[TARA, "a:tara-chat"], [BEN, "a:ben-chat"]] as const) {
    const installed = await local.connector.send(local.teams.messagesUrl, {
      type: "installationUpdate",
      action: "add",
      from: { id: `29:${aad}`, aadObjectId: aad, name: aad },
      recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
      conversation: { id: chat, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
      channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
    });
    expect(installed.status).toBe(200);
  }
  fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    for (const key of keys) delivered.push(`slack ${String(call.args.channel)} ${key}`);
  });
  local.connector.onActivity((recorded) => {
    if (recorded.method !== "POST") return;
    const keys = (recorded.activity as { channelData?: { steward?: { keys: string[] } } }).channelData?.steward?.keys ?? [];
    for (const key of keys) delivered.push(`teams ${recorded.conversationId} ${key}`);
  });
  scheduler = createScheduler({
    db: t.db,
    settings: teamSettingsSchema.parse({}),
    logger: quiet,
    jobs: [createRemindersJob()],
    ports: {
      slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }),
      teams: createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: { warn: (line: unknown) => warnings.push(String(line)) } }),
    },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await local?.stop();
  await fake.stop();
});

describe("a roster on both platforms", () => {
  it("gets each reminder exactly once, on the person's preferred platform", async () => {
    await scheduler.advanceTo(new Date("2026-11-25T00:00:00Z"), clock);
    // Run the day again: nothing is sent twice.
    await scheduler.advanceTo(new Date("2026-11-25T06:00:00Z"), clock);

    const birthdays = delivered.filter((line) => line.includes(" birthday:")).map((line) => line.replace(/ birthday:.*$/, "")).sort();
    expect(birthdays).toEqual(["slack U0SAM", "teams a:ben-chat", "teams a:tara-chat"]);
    // Every item delivered once, and nothing for Ben (nor anyone) went to his Slack id.
    const keys = delivered.map((line) => line.split(" ")[2]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(delivered.filter((line) => line.startsWith("slack ") && !line.startsWith("slack U0SAM "))).toEqual([]);
    expect(warnings).toEqual([]);
    const rows = await t.db.prisma.delivery.findMany({ where: { rule: "birthday" }, select: { recipient: true, status: true }, orderBy: { recipient: "asc" } });
    expect(rows).toEqual([
      { recipient: "U0SAM", status: "sent" },
      { recipient: `teams:${TARA}`, status: "sent" },
      { recipient: `teams:${BEN}`, status: "sent" },
    ]);
  });
});
