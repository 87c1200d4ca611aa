import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { loadTeamSettings } from "../../src/config/load-config.js";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const settingsFile = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "steward-settings-")), "steward.yml");
  writeFileSync(file, text);
  return file;
};
const channelsSetting = (channels: string) => `calendar:\n  timeZone: Europe/Berlin\nreminders:\n  channels: ${channels}\n`;

describe("reminders.channels in the team's settings file", () => {
  it("takes a Slack channel id as before, and a Teams channel as teams: and its id", () => {
    const settings = loadTeamSettings(settingsFile(channelsSetting(`{ anniversary: C0CS, summary: G0PRIVATE, birthday: "teams:19:cs@thread.tacv2", follow-up: "teams:19:General_a1b2@thread.skype" }`)));
    expect(settings.reminders.channels).toEqual({ anniversary: "C0CS", summary: "G0PRIVATE", birthday: "teams:19:cs@thread.tacv2", "follow-up": "teams:19:General_a1b2@thread.skype" });
  });

  it("refuses anything else, naming the setting and both forms with an example", () => {
    const forms = "a Slack channel id like C0123ABCD, or a Teams channel as teams: and its id, like teams:19:a1b2c3d4e5f6@thread.tacv2";
    for (const value of ['"#customer-success"', "c0cs", '"teams:19:cs@thread.tacv2;messageid=1764000000000"', '"teams:a:1personal"']) {
      expect(() => loadTeamSettings(settingsFile(channelsSetting(`{ birthday: ${value} }`)))).toThrow(`reminders.channels.birthday: ${forms}`);
    }
    expect(() => loadTeamSettings(settingsFile(channelsSetting(`{ birthday: "19:cs@thread.tacv2" }`)))).toThrow(
      "reminders.channels.birthday: a Teams channel needs its platform in front: teams:19:cs@thread.tacv2",
    );
  });
});

const t = useTestDatabase();
const fake = new FakeSlackApi();
const clock = new ManualClock(new Date("2026-11-24T00:00:00Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const CS_CHANNEL = "19:cs@thread.tacv2";
let local: LocalTeams;
let scheduler: Scheduler;
/** Every ledger key delivered, with where it went: `slack <channel> <key>` or `teams <conversation> <key>`. */
const delivered: string[] = [];

describe("reminders routed to team channels on either platform", () => {
  beforeAll(async () => {
    const settings = loadTeamSettings(settingsFile(channelsSetting(`{ birthday: "teams:${CS_CHANNEL}", anniversary: C0CS }`)));
    await fake.start();
    local = await startLocalTeams({ db: t.db, settings, clock, logger: createLogger("error") });
    // Sam is on Slack only: his birthday item goes to the Teams channel, his anniversary to the Slack one.
    await withActor(t.db, "cli:test", async (tx) => {
      const owner = await tx.person.create({ data: { name: "Sam", timeZone: "Europe/Berlin", roles: ["owner"], identities: { create: [{ platform: "slack", externalId: "U0SAM" }] } } });
      const customer = await tx.customer.create({
        data: { key: "ACME", name: "Acme", ownerId: owner.id, createdAt: new Date("2025-01-05T00:00:00Z"), startedOn: new Date("2025-11-24T00:00:00Z") },
      });
      await tx.contact.create({ data: { customerId: customer.id, name: "Zhang Min", birthdayMonth: 11, birthdayDay: 24 } });
    });
    // Steward was added to the team: the channel's conversation reference is stored.
    const added = await local.connector.send(local.teams.messagesUrl, {
      type: "conversationUpdate",
      from: { id: "29:someone", name: "Team owner" },
      recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
      conversation: { id: CS_CHANNEL, conversationType: "channel", tenantId: LOCAL_TEAMS.tenantId },
      membersAdded: [{ id: `28:${LOCAL_TEAMS.clientId}` }],
      channelData: { tenant: { id: LOCAL_TEAMS.tenantId }, team: { id: "19:team@thread.tacv2" }, channel: { id: CS_CHANNEL }, eventType: "teamMemberAdded" },
    });
    expect(added.status).toBe(200);
    fake.on("call", (call: RecordedCall) => {
      if (call.method !== "chat.postMessage") return;
      for (const key of (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys) delivered.push(`slack ${String(call.args.channel)} ${key}`);
    });
    local.connector.onActivity((recorded) => {
      if (recorded.method !== "POST") return;
      for (const key of (recorded.activity as { channelData?: { steward?: { keys: string[] } } }).channelData?.steward?.keys ?? []) delivered.push(`teams ${recorded.conversationId} ${key}`);
    });
    scheduler = createScheduler({
      db: t.db,
      settings,
      logger: quiet,
      jobs: [createRemindersJob()],
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

  it("sends each rule's items to its channel, once, through that channel's platform", async () => {
    await scheduler.advanceTo(new Date("2026-11-25T00:00:00Z"), clock);
    await scheduler.advanceTo(new Date("2026-11-25T06:00:00Z"), clock);
    const ofRule = (rule: string) => delivered.filter((line) => line.split(" ")[2]!.startsWith(`${rule}:`)).map((line) => line.split(" ").slice(0, 2).join(" "));
    expect(ofRule("birthday")).toEqual([`teams ${CS_CHANNEL}`]);
    expect(ofRule("anniversary")).toEqual(["slack C0CS"]);
    const rows = await t.db.prisma.delivery.findMany({ where: { rule: { in: ["birthday", "anniversary"] } }, orderBy: { rule: "asc" }, select: { rule: true, recipient: true, status: true, messagePlatform: true, messageChannel: true } });
    expect(rows).toEqual([
      { rule: "anniversary", recipient: "C0CS", status: "sent", messagePlatform: "slack", messageChannel: "C0CS" },
      { rule: "birthday", recipient: `teams:${CS_CHANNEL}`, status: "sent", messagePlatform: "teams", messageChannel: CS_CHANNEL },
    ]);
  });
});
