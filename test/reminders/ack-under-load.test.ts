import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { type DeliveryRequest, enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { REMINDER_ACTIONS } from "../../src/domain/reminders/reminder-actions.js";
import { reminderItemMessage } from "../../src/domain/reminders/reminder-item-message.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { seedReminderRoster } from "./seed-reminder-roster.js";

const t = useTestDatabase();
const now = new Date("2026-11-24T01:00:00Z"); // 09:00 in Shanghai: digest time
const clock = new ManualClock(now);
const settings = teamSettingsSchema.parse({});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** A large `:advance`'s worth of deliveries: 400 people's digests of 5 items each. */
const RECIPIENTS = 400;
const PER_RECIPIENT = 5;
const ACK_BOUND_MS = 1_000;
let steward: TestSteward;
let scheduler: Scheduler;

const item = (key: string, recipient: string, customerId?: number): DeliveryRequest => {
  const text = [{ kind: "strong", content: "Follow up" }, ` (${key})`] as const;
  return {
    key,
    rule: "follow-up",
    customerId,
    recipient,
    dueAt: new Date(now.getTime() - 60_000),
    payload: {
      message: reminderItemMessage({ key, text, detail: null, customerKey: null, snoozeDays: settings.reminders.snoozeDays }),
      digest: { itemKey: key, urgency: 70, customerId, done: { kind: "acknowledge" } },
    },
  };
};

beforeAll(async () => {
  const roster = await seedReminderRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock, settings });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [],
    // The presses take seconds; the rest of the batch need not be waited for.
    drainBudgetMs: 20_000,
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
  const batch = Array.from({ length: RECIPIENTS * PER_RECIPIENT }, (_, i) =>
    item(`follow-up:load-${i}:2026-11-24`, `U0LOAD${String(i % RECIPIENTS).padStart(4, "0")}`),
  );
  // The owner's own items, pressed while the batch drains.
  const own = Array.from({ length: 12 }, (_, i) => item(`follow-up:own-${i}:2026-11-24`, "U_SHANGHAI", roster.customers.ACME));
  await withActor(t.db, "steward", (tx) => enqueueDeliveries(tx, [...own, ...batch]));
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe("reminder buttons while a large batch of deliveries drains", () => {
  it("are each acknowledged within 1 s, and each press takes effect", async () => {
    const posts = () => steward.fake.callsTo("chat.postMessage").length;
    // A first press on an idle app loads the listener's code paths: not what is measured here.
    const warmUp = await steward.client.blockAction({ userId: "U_SHANGHAI", actionId: REMINDER_ACTIONS.done, value: JSON.stringify({ k: "follow-up:none:2026-11-24" }), blockId: "reminder-actions:none", channelId: "D0SHANGHAI", messageTs: "1.000100" });
    expect(warmUp.status).toBe(200);
    await waitFor("the warm-up answer", () => steward.fake.callsTo("response_url").length > 0 || undefined);
    const draining = scheduler.tick(now);
    await waitFor("the drain to start posting", () => posts() > 0, 30_000);
    const latencies: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const key = `follow-up:own-${i}:2026-11-24`;
      const started = performance.now();
      const response = await steward.client.blockAction(
        i % 2 === 0
          ? { userId: "U_SHANGHAI", actionId: REMINDER_ACTIONS.done, value: JSON.stringify({ k: key }), blockId: `reminder-actions:${key}`, channelId: "D0SHANGHAI", messageTs: "1.000100" }
          : { userId: "U_SHANGHAI", actionId: REMINDER_ACTIONS.snooze, selectedOption: { value: JSON.stringify({ k: key, d: 1 }) }, blockId: `reminder-actions:${key}`, channelId: "D0SHANGHAI", messageTs: "1.000100" },
      );
      latencies.push(performance.now() - started);
      expect(response.status).toBe(200);
    }
    const postedWhenDone = posts();
    await draining;
    const total = posts();
    // The presses happened while the batch was still going out, not after it.
    expect(postedWhenDone).toBeLessThan(total);
    expect(Math.max(...latencies), `ack latencies (ms): ${latencies.map((ms) => ms.toFixed(0)).join(", ")}`).toBeLessThan(ACK_BOUND_MS);
    await waitFor("every press to be recorded", async () => {
      const states = await t.db.prisma.reminderState.findMany({ where: { itemKey: { startsWith: "follow-up:own-" } } });
      return states.filter((s) => s.doneAt || s.snoozedUntil).length === 12 || undefined;
    });
  });
});
