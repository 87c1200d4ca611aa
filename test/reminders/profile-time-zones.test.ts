import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { Scheduler } from "../../src/scheduler/create-scheduler.js";
import { startStewardScheduler } from "../../src/scheduler/start-steward-scheduler.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const clock = new ManualClock(new Date("2026-11-24T00:00:00Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
// The team's zone is Berlin: whoever's zone neither the roster nor a profile gives gets 09:00 there (08:00 UTC).
const settings = teamSettingsSchema.parse({ calendar: { timeZone: "Europe/Berlin" } });
let local: LocalTeams;
let scheduler: Scheduler;
/** When each birthday digest went out and where: `<UTC time> slack <channel>` or `<UTC time> teams <conversation>`. */
const birthdays: string[] = [];
/** Whose Slack profile was asked for (users.info). */
const profilesAsked: string[] = [];

const TARA = "0a1b2c3d-0000-4000-8000-0000000000a1";
const BEN = "0a1b2c3d-0000-4000-8000-0000000000b2";

// Five owners, none but Rosa with a zone on the roster, each with a contact whose birthday is Tue 24 Nov 2026.
beforeAll(async () => {
  await fake.start();
  fake.addUser({ id: "U0SAM", name: "Sam", tz: "Asia/Shanghai" });
  fake.addUser({ id: "U0BEN", name: "Ben", tz: "America/Los_Angeles" });
  fake.addUser({ id: "U0ROSA", name: "Rosa", tz: "America/New_York" });
  fake.addUser({ id: "U0UMA", name: "Uma" });
  local = await startLocalTeams({ db: t.db, settings, clock, logger: createLogger("error") });
  await withActor(t.db, "cli:test", async (tx) => {
    const people = [
      { name: "Sam", timeZone: null, identities: [{ platform: "slack", externalId: "U0SAM" }], preferredPlatform: null },
      { name: "Tara", timeZone: null, identities: [{ platform: "teams", externalId: TARA }], preferredPlatform: null },
      { name: "Ben", timeZone: null, identities: [{ platform: "slack", externalId: "U0BEN" }, { platform: "teams", externalId: BEN }], preferredPlatform: "teams" },
      { name: "Rosa", timeZone: "Asia/Kolkata", identities: [{ platform: "slack", externalId: "U0ROSA" }], preferredPlatform: null },
      { name: "Uma", timeZone: null, identities: [{ platform: "slack", externalId: "U0UMA" }], preferredPlatform: null },
    ];
    for (const person of people) {
      const owner = await tx.person.create({
        data: { name: person.name, timeZone: person.timeZone, roles: ["owner"], preferredPlatform: person.preferredPlatform, identities: { create: person.identities } },
      });
      const customer = await tx.customer.create({ data: { key: person.name.toUpperCase(), name: `Customer of ${person.name}`, ownerId: owner.id, createdAt: new Date("2026-01-05T00:00:00Z") } });
      await tx.contact.create({ data: { customerId: customer.id, name: `Born 11-24 (${person.name})`, birthdayMonth: 11, birthdayDay: 24 } });
    }
  });
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
    if (call.method === "users.info") profilesAsked.push(String(call.args.user));
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    if (keys.some((key) => key.startsWith("birthday:"))) birthdays.push(`${clock.now().toISOString()} slack ${String(call.args.channel)}`);
  });
  local.connector.onActivity((recorded) => {
    if (recorded.method !== "POST") return;
    const keys = (recorded.activity as { channelData?: { steward?: { keys: string[] } } }).channelData?.steward?.keys ?? [];
    if (keys.some((key) => key.startsWith("birthday:"))) birthdays.push(`${clock.now().toISOString()} teams ${recorded.conversationId}`);
  });
  // As `steward start` wires it: the reminders job asks the same ports the drain posts through.
  scheduler = startStewardScheduler({
    db: t.db,
    settings,
    logger: quiet,
    ports: {
      slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }),
      teams: createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: quiet }),
    },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await local?.stop();
  await fake.stop();
});

describe("a person's time zone from the platforms they are on", () => {
  it("sends each digest at 09:00 in the roster's zone, else the Slack profile's, else the team's", async () => {
    await scheduler.advanceTo(new Date("2026-11-25T00:00:00Z"), clock);
    expect(birthdays.sort()).toEqual([
      "2026-11-24T01:00:00.000Z slack U0SAM", // his Slack profile's Shanghai
      "2026-11-24T03:30:00.000Z slack U0ROSA", // the roster's Kolkata, not her profile's New York
      "2026-11-24T08:00:00.000Z slack U0UMA", // her Slack profile names no zone: the team's Berlin
      "2026-11-24T08:00:00.000Z teams a:tara-chat", // Teams tells no zone: the team's Berlin
      "2026-11-24T17:00:00.000Z teams a:ben-chat", // reached on Teams, zoned by his Slack profile's Los Angeles
    ]);
  });

  it("asks Slack only about people without a roster zone who are on Slack", () => {
    expect([...new Set(profilesAsked)].sort()).toEqual(["U0BEN", "U0SAM", "U0UMA"]);
  });
});
