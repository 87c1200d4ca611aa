import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const clock = new ManualClock(new Date("2026-03-05T00:00:00Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let scheduler: Scheduler;
const birthdays: string[] = [];

// Birthdays on the working days either side of each DST change of 2026: Los Angeles springs forward on
// Sun 8 Mar and falls back on Sun 1 Nov; Berlin on Sun 29 Mar and Sun 25 Oct. Shanghai has no DST.
const DAYS: Array<[number, number]> = [[3, 6], [3, 9], [3, 27], [3, 30], [10, 23], [10, 26], [10, 30], [11, 2]];

beforeAll(async () => {
  await fake.start();
  await withActor(t.db, "cli:test", async (tx) => {
    for (const [slackUserId, timeZone] of [["U_SHANGHAI", "Asia/Shanghai"], ["U_BERLIN", "Europe/Berlin"], ["U_LA", "America/Los_Angeles"]] as const) {
      const owner = await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name: slackUserId, timeZone, roles: ["owner"] } });
      const customer = await tx.customer.create({ data: { key: `K${owner.id}`, name: `Customer of ${slackUserId}`, ownerId: owner.id } });
      for (const [month, day] of DAYS) {
        await tx.contact.create({ data: { customerId: customer.id, name: `Born ${month}-${day}`, birthdayMonth: month, birthdayDay: day } });
      }
    }
  });
  fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    for (const key of keys.filter((k) => k.startsWith("birthday:"))) birthdays.push(`${clock.now().toISOString()} ${call.args.channel} ${key.slice(-10)}`);
  });
  scheduler = createScheduler({
    db: t.db,
    settings: teamSettingsSchema.parse({}),
    logger: quiet,
    jobs: [createRemindersJob()],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await fake.stop();
});

async function birthdaysBetween(from: string, to: string): Promise<string[]> {
  clock.set(new Date(from));
  const start = birthdays.length;
  await scheduler.advanceTo(new Date(to), clock);
  return birthdays.slice(start);
}

describe("09:00 local stays 09:00 local across daylight-saving changes", () => {
  it("in Los Angeles in March (PST → PDT): 17:00 UTC on Friday, 16:00 UTC on Monday", async () => {
    expect(await birthdaysBetween("2026-03-05T12:00:00Z", "2026-03-10T00:00:00Z")).toEqual([
      "2026-03-06T01:00:00.000Z U_SHANGHAI 2026-03-06",
      "2026-03-06T08:00:00.000Z U_BERLIN 2026-03-06",
      "2026-03-06T17:00:00.000Z U_LA 2026-03-06",
      "2026-03-09T01:00:00.000Z U_SHANGHAI 2026-03-09",
      "2026-03-09T08:00:00.000Z U_BERLIN 2026-03-09",
      "2026-03-09T16:00:00.000Z U_LA 2026-03-09",
    ]);
  });

  it("in Berlin in March (CET → CEST): 08:00 UTC on Friday, 07:00 UTC on Monday", async () => {
    expect(await birthdaysBetween("2026-03-26T12:00:00Z", "2026-03-31T00:00:00Z")).toEqual([
      "2026-03-27T01:00:00.000Z U_SHANGHAI 2026-03-27",
      "2026-03-27T08:00:00.000Z U_BERLIN 2026-03-27",
      "2026-03-27T16:00:00.000Z U_LA 2026-03-27",
      "2026-03-30T01:00:00.000Z U_SHANGHAI 2026-03-30",
      "2026-03-30T07:00:00.000Z U_BERLIN 2026-03-30",
      "2026-03-30T16:00:00.000Z U_LA 2026-03-30",
    ]);
  });

  it("in October and November, back to winter time in Berlin and then Los Angeles", async () => {
    expect(await birthdaysBetween("2026-10-22T12:00:00Z", "2026-11-03T00:00:00Z")).toEqual([
      "2026-10-23T01:00:00.000Z U_SHANGHAI 2026-10-23",
      "2026-10-23T07:00:00.000Z U_BERLIN 2026-10-23",
      "2026-10-23T16:00:00.000Z U_LA 2026-10-23",
      "2026-10-26T01:00:00.000Z U_SHANGHAI 2026-10-26",
      "2026-10-26T08:00:00.000Z U_BERLIN 2026-10-26",
      "2026-10-26T16:00:00.000Z U_LA 2026-10-26",
      "2026-10-30T01:00:00.000Z U_SHANGHAI 2026-10-30",
      "2026-10-30T08:00:00.000Z U_BERLIN 2026-10-30",
      "2026-10-30T16:00:00.000Z U_LA 2026-10-30",
      "2026-11-02T01:00:00.000Z U_SHANGHAI 2026-11-02",
      "2026-11-02T08:00:00.000Z U_BERLIN 2026-11-02",
      "2026-11-02T17:00:00.000Z U_LA 2026-11-02",
    ]);
  });
});
