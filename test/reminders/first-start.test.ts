import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { type SeededRoster, seedReminderRoster } from "./seed-reminder-roster.js";

const t = useTestDatabase();
// Thursday 26 Nov, 11:00 in Shanghai: two days after the roster's birthdays, a day after Wednesday's items.
const clock = new ManualClock(new Date("2026-11-26T03:00:00Z"));
const settings = teamSettingsSchema.parse({});
const warnings: string[] = [];
const logger = { info: () => undefined, warn: (message: string) => void warnings.push(message), error: (message: string) => void warnings.push(message) };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: SeededRoster;
const sent: Array<{ at: string; channel: string; keys: string[]; call: RecordedCall }> = [];

beforeAll(async () => {
  roster = await seedReminderRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock, settings });
  steward.fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    sent.push({ at: clock.now().toISOString(), channel: String(call.args.channel), keys, call });
  });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger,
    jobs: [createRemindersJob()],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe("the first start on a new roster", () => {
  it("sends nothing at once, says nothing of being offline, and puts what came due before into each owner's next digest", async () => {
    await scheduler.tick(clock.now());
    expect(sent).toEqual([]);
    expect(warnings).toEqual([]);
    const pending = await t.db.prisma.delivery.findMany({ where: { status: "pending" }, orderBy: { key: "asc" } });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.filter((row) => row.late)).toEqual([]);
    const nextDigest: Record<string, string> = {
      U_SHANGHAI: "2026-11-27T01:00:00.000Z", // Friday 09:00 in Shanghai (today's has passed)
      U_BERLIN: "2026-11-26T08:00:00.000Z", // Thursday 09:00 in Berlin, still to come
      U_LA: "2026-11-26T17:00:00.000Z", // Thursday 09:00 in Los Angeles
    };
    for (const row of pending) expect([row.key, row.dueAt.toISOString()]).toEqual([row.key, nextDigest[row.recipient]]);
    expect(pending.map((row) => row.key)).toContain(`birthday:contact-${roster.contacts.zhang}:2026-11-24`);
  });

  it("delivers them in those digests, not flagged late", async () => {
    await scheduler.advanceTo(new Date("2026-11-27T02:00:00Z"), clock);
    expect(sent.map((s) => `${s.at} ${s.channel}`)).toEqual([
      "2026-11-26T08:00:00.000Z U_BERLIN",
      "2026-11-26T17:00:00.000Z U_LA",
      "2026-11-27T01:00:00.000Z U_SHANGHAI",
    ]);
    for (const message of sent) {
      expect(JSON.stringify(message.call.args.blocks)).not.toContain("offline");
      expect(String(message.call.args.text)).not.toContain("late: was due");
    }
    expect(warnings).toEqual([]);
  });

  it("but after real downtime later, what came due meanwhile is caught up once, marked late", async () => {
    // Down from Friday to Monday 10:00 in Berlin: Monday's 09:00 digest there (an assessment) was missed.
    clock.set(new Date("2026-11-30T09:00:00Z"));
    const from = sent.length;
    await scheduler.tick(clock.now());
    expect(sent.slice(from).map((s) => `${s.at} ${s.channel} ${s.keys.join(" ")}`)).toEqual([
      `2026-11-30T09:00:00.000Z U_BERLIN assessment:customer-${roster.customers.BAUER}:2026-11-30`,
    ]);
    expect(JSON.stringify(sent.at(-1)!.call.args.blocks)).toContain("came due while Steward was offline");
  });
});
