import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { scoreAllCustomers } from "../../src/app/health/score-all-customers.js";
import { runImport } from "../../src/db/import/run-import.js";
import { isWorkingDay } from "../../src/domain/calendar/is-working-day.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { wallClock } from "../../src/domain/calendar/wall-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { stewardJobs } from "../../src/cli/steward-jobs.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { testStartTime } from "../support/test-clock.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { seedBreachingComplaints } from "../complaints/support/seed-breaching-complaints.js";

/*
 * The example roster run from "today" — whatever STEWARD_TEST_TODAY says (the CI date matrix runs
 * this file on the 1st and last of a month, 31 Dec, 29 Feb, the DST switch days and a Saturday) —
 * through four days of ticks. What must hold on every date: reminders only in 09:00 digests on the
 * recipient's working days, each reminder once, every customer scored, an urgent complaint escalated
 * at its exact deadline.
 */
const t = useTestDatabase();
const start = testStartTime();
const clock = new ManualClock(start);
// Pacing is the drain's business (tested there); here the stand-in may be posted to as fast as it answers.
const settings = teamSettingsSchema.parse({ reminders: { delivery: { perChannelIntervalMs: 0 } } });
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const HOUR = 3_600_000;
let steward: TestSteward;
let scheduler: Scheduler;
const posts: Array<{ at: Date; channel: string; keys: string[] }> = [];
const zoneOf = new Map<string, string>();
let complaintCustomerId: number;

beforeAll(async () => {
  const imported = await runImport(t.db, { target: EXAMPLES, actor: "cli:test", now: start, settings });
  if (!imported.ok) throw new Error(`the example roster did not import: ${imported.problems.join("\n")}`);
  for (const person of await t.db.prisma.person.findMany({ include: { identities: true } })) {
    for (const identity of person.identities) zoneOf.set(identity.externalId, person.timeZone ?? settings.calendar.timeZone);
  }
  const support = await t.db.prisma.department.findFirstOrThrow({ where: { channels: { some: { platform: "slack" } } }, include: { channels: true } });
  complaintCustomerId = (await t.db.prisma.customer.findFirstOrThrow({ where: { key: "ACME" } })).id;
  // Filed 30 minutes before "today" starts: its 2-hour first response falls due at start + 90 min.
  await seedBreachingComplaints(t.db, complaintCustomerId, support.id, 1, new Date(start.getTime() - HOUR / 2), support.channels[0]!.channel);

  steward = await startTestSteward({ db: t.db, clock, settings });
  steward.fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } } | undefined)?.event_payload.keys ?? [];
    posts.push({ at: clock.now(), channel: String(call.args.channel), keys });
  });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [createRemindersJob(), ...stewardJobs(t.db, steward.app.app.client, settings)],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
  // The first tick is the start of a Steward that has never run: it owes nobody a catch-up.
  await scheduler.tick(clock.now());
  posts.length = 0;
  await scheduler.advanceTo(new Date(start.getTime() + 4 * 24 * HOUR), clock);
}, 300_000);
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe(`Steward from ${start.toISOString()} on`, () => {
  it("posts every reminder at 09:00 in its recipient's zone on a working day, and each only once", () => {
    const reminderPosts = posts.filter((post) => post.keys.length > 0 && post.keys.every((key) => !key.startsWith("complaint-")));
    expect(reminderPosts.length).toBeGreaterThan(0);
    for (const post of reminderPosts) {
      const zone = zoneOf.get(post.channel) ?? settings.calendar.timeZone;
      const local = wallClock(post.at, zone);
      const where = `${post.keys.join(" ")} to ${post.channel} at ${post.at.toISOString()} (${zone})`;
      expect(local.minuteOfDay, where).toBe(9 * 60);
      expect(isWorkingDay(local.date, settings.calendar), where).toBe(true);
    }
    const keys = posts.flatMap((post) => post.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("escalates the urgent complaint at its deadline, not a minute late", async () => {
    const escalation = await t.db.prisma.complaintEvent.findFirstOrThrow({ where: { kind: "escalation", complaint: { customerId: complaintCustomerId } } });
    const deadline = start.getTime() + 1.5 * HOUR;
    expect(escalation.at.getTime()).toBeGreaterThanOrEqual(deadline);
    expect(escalation.at.getTime()).toBeLessThanOrEqual(deadline + 60_000);
  });

  it("scores every customer of the roster", async () => {
    const local = wallClock(clock.now(), settings.calendar.timeZone).date;
    const scored = await scoreAllCustomers(t.db, local, { health: settings.health, timeZone: settings.calendar.timeZone });
    expect(scored).toHaveLength(30);
    for (const { customer, score } of scored) if (score.composite !== null) expect(score.composite, customer.key).toBeLessThanOrEqual(10);
  });
});
