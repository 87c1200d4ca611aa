import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { withActor } from "../../src/db/with-actor.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { createDeliveryDrain } from "../../src/scheduler/delivery-drain.js";
import { type DeliveryRequest, enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const test = useTestDatabase();
const fake = new FakeSlackApi();
const NOW = new Date("2026-11-24T01:00:00Z");
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const settings = reminderSettingsSchema.parse({ delivery: { maxInlineWaitSeconds: 5, claimTimeoutSeconds: 60 } });

/** One replica's drain: its own Web API client and claimer name, the shared database. */
const replica = (claimer: string) =>
  createDeliveryDrain({ db: test.db, ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) }, settings: () => settings, logger: quiet, claimer });

const ping = (channel: string): DeliveryRequest => ({ key: `test-ping:${channel}:2026-11-24`, rule: "test-ping", recipient: channel, dueAt: NOW, payload: { text: `ping ${channel}` } });
const enqueue = (requests: DeliveryRequest[]) => withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, requests));
const postAttempts = () => fake.calls.filter((call) => call.method.startsWith("chat.postMessage"));
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.reset();
  await test.db.prisma.delivery.deleteMany({});
  await test.db.prisma.methodPause.deleteMany({});
});

describe("a workspace-wide 429 pauses chat.postMessage for every channel and every replica", () => {
  it("a long Retry-After seen by one replica keeps another from posting to any channel until it has passed", async () => {
    await enqueue([ping("C_A")]);
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 30 });
    expect(await replica("replica-a").drain(NOW)).toEqual({ sent: 0, recovered: 0, postponed: 1, failed: 0 });
    const pause = await test.db.prisma.methodPause.findUnique({ where: { method: "chat.postMessage" } });
    // Retry-After counted from the 429 (the drain's clock is `now` plus the real time it has run).
    expect(pause?.setBy).toBe("replica-a");
    expect(pause!.until.getTime() - at(30).getTime()).toBeGreaterThanOrEqual(0);
    expect(pause!.until.getTime() - at(30).getTime()).toBeLessThan(3_000);

    await enqueue(["C_B1", "C_B2", "C_B3", "C_B4"].map(ping));
    const before = postAttempts().length;
    // Another replica, five seconds later: not a single attempt, on any channel; nothing claimed.
    expect(await replica("replica-b").drain(at(5))).toEqual({ sent: 0, recovered: 0, postponed: 0, failed: 0 });
    expect(postAttempts()).toHaveLength(before);
    const untouched = await test.db.prisma.delivery.findMany({ where: { recipient: { startsWith: "C_B" } } });
    expect(untouched.map((row) => [row.status, row.attempts])).toEqual([["pending", 0], ["pending", 0], ["pending", 0], ["pending", 0]]);

    // Once Retry-After has passed, everything goes out, once.
    expect((await replica("replica-b").drain(at(34))).sent).toBe(5);
    expect(fake.callsTo("chat.postMessage").map((call) => call.args.channel).sort()).toEqual(["C_A", "C_B1", "C_B2", "C_B3", "C_B4"]);
  });

  it("a short Retry-After is waited out in place by the replica that got it and by the others, for every channel", async () => {
    const accepted: { channel: string; at: number }[] = [];
    let limitedAt = 0;
    const onCall = (call: RecordedCall) => {
      if (call.method === "chat.postMessage") accepted.push({ channel: String(call.args.channel), at: Date.now() });
      if (call.method === "chat.postMessage:failed") limitedAt = Date.now();
    };
    fake.on("call", onCall);
    await enqueue([ping("C_A")]);
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 2 });
    const first = replica("replica-a").drain(NOW);
    await waitFor("the 429 to be recorded as a pause", () => test.db.prisma.methodPause.findUnique({ where: { method: "chat.postMessage" } }).then((row) => row ?? undefined));
    await enqueue(["C_B1", "C_B2"].map(ping));
    const second = replica("replica-b").drain(NOW);
    const reports = await Promise.all([first, second]);
    fake.off("call", onCall);
    // Which replica takes the two new channels once the pause is over depends on who claims first (on the
    // embedded store the two share one connection): together they send each channel once.
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(3);
    expect(reports[0]!.sent).toBeGreaterThanOrEqual(1);
    expect(accepted.map((post) => post.channel).sort()).toEqual(["C_A", "C_B1", "C_B2"]);
    for (const post of accepted) expect(post.at - limitedAt).toBeGreaterThanOrEqual(1_990);
  });
});
