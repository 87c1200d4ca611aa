import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import { withActor } from "../../src/db/with-actor.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { createDeliveryDrain } from "../../src/scheduler/delivery-drain.js";
import { type DeliveryRequest, enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const test = useTestDatabase();
const fake = new FakeSlackApi();
const NOW = new Date("2026-11-24T01:00:00Z");
const quietLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

const settings = reminderSettingsSchema.parse({
  digestMaxItems: 3,
  delivery: { backoffBaseMs: 10, retryFailedAfterMinutes: 5, claimTimeoutSeconds: 60 },
});

function drainFor(claimer: string) {
  return createDeliveryDrain({
    db: test.db,
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
    settings: () => settings,
    logger: quietLogger,
    claimer,
  });
}

const item = (recipient: string, n: number, urgency: number, dueAt = NOW): DeliveryRequest => ({
  key: `test-rule:${recipient}-${n}:2026-11-24`,
  rule: "test-rule",
  recipient,
  dueAt,
  payload: { text: `item ${n}`, blocks: [{ type: "section", text: { type: "mrkdwn", text: `item ${n}` } }], digest: { itemKey: `k${n}`, urgency } },
});

const posts = () => fake.callsTo("chat.postMessage");
const postedKeys = (calls: RecordedCall[]) =>
  calls.flatMap((call) => ((call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys));

async function ledger() {
  return test.db.prisma.delivery.findMany({ orderBy: { key: "asc" }, select: { key: true, status: true, messageId: true, attempts: true, lastError: true } });
}

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  fake.reset();
  fake.limitPostsPerChannel(undefined);
  await test.db.prisma.delivery.deleteMany({});
});

describe("the delivery ledger", () => {
  it("enqueues each key once, however often it is asked", async () => {
    const first = await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [item("U1", 1, 10), item("U1", 2, 10)]));
    const again = await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [item("U1", 1, 10), item("U1", 3, 10)]));
    expect(first).toEqual(["test-rule:U1-1:2026-11-24", "test-rule:U1-2:2026-11-24"]);
    expect(again).toEqual(["test-rule:U1-3:2026-11-24"]);
    expect((await ledger()).map((row) => row.status)).toEqual(["pending", "pending", "pending"]);
  });

  it("sends one digest per recipient, most urgent first, split at the size limit, keys in the metadata", async () => {
    await withActor(test.db, "steward", (tx) =>
      enqueueDeliveries(tx, [item("U1", 1, 70), item("U1", 2, 10), item("U1", 3, 20), item("U1", 4, 90), item("U2", 5, 10),
        { ...item("U2", 6, 10), dueAt: new Date(NOW.getTime() + 60_000) }]),
    );
    const report = await drainFor("replica-a").drain(NOW);
    expect(report).toEqual({ sent: 5, recovered: 0, postponed: 0, failed: 0 });
    const byChannel = posts().map((call) => [call.args.channel, postedKeys([call])]);
    expect(byChannel).toEqual(
      expect.arrayContaining([
        ["U1", ["test-rule:U1-2:2026-11-24", "test-rule:U1-3:2026-11-24", "test-rule:U1-1:2026-11-24"]],
        ["U1", ["test-rule:U1-4:2026-11-24"]],
        ["U2", ["test-rule:U2-5:2026-11-24"]],
      ]),
    );
    expect(posts()).toHaveLength(3);
    const first = posts().find((call) => postedKeys([call]).length === 3)!;
    expect(first.args.text).toBe("3 reminders for you (part 1 of 2)\n• item 2\n• item 3\n• item 1");
    const rows = await ledger();
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(5);
    // Not yet due: left for the next tick.
    expect(rows.find((row) => row.key === "test-rule:U2-6:2026-11-24")?.status).toBe("pending");
  });

  it("honours 429 Retry-After and retries 5xx with backoff: every message delivered once, one per second per channel", async () => {
    fake.limitPostsPerChannel(1);
    const accepted: Array<{ channel: string; at: number }> = [];
    const onCall = (call: RecordedCall) => {
      if (call.method === "chat.postMessage") accepted.push({ channel: String(call.args.channel), at: Date.now() });
    };
    fake.on("call", onCall);
    const requests = [1, 2, 3].map((n) => ({ ...item("C_TEAM", n, 10), payload: { text: `ping ${n}` } }));
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, requests));
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 }, 2);
    fake.failNext("chat.postMessage", { status: 500 }, 2);
    const report = await drainFor("replica-a").drain(NOW);
    fake.off("call", onCall);
    expect(report.sent).toBe(3);
    expect(postedKeys(posts()).sort()).toEqual(requests.map((r) => r.key).sort());
    expect(fake.callsTo("chat.postMessage:failed")).toHaveLength(4);
    expect(fake.callsTo("chat.postMessage:rate-limited")).toHaveLength(0);
    for (let i = 1; i < accepted.length; i += 1) expect(accepted[i]!.at - accepted[i - 1]!.at).toBeGreaterThanOrEqual(990);
  });

  it("records a message that keeps failing as failed, with the error, and sends it on a later tick", async () => {
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [{ ...item("C_X", 1, 10), payload: { text: "ping" } }]));
    fake.failNext("chat.postMessage", { status: 503 }, 4);
    expect(await drainFor("replica-a").drain(NOW)).toEqual({ sent: 0, recovered: 0, postponed: 0, failed: 1 });
    expect(await ledger()).toEqual([{ key: "test-rule:C_X-1:2026-11-24", status: "failed", messageId: null, attempts: 1, lastError: "transient: HTTP 503" }]);
    // Not before its retry time (5 minutes later)…
    expect((await drainFor("replica-a").drain(new Date(NOW.getTime() + 4 * 60_000))).sent).toBe(0);
    // …then sent.
    expect((await drainFor("replica-b").drain(new Date(NOW.getTime() + 6 * 60_000))).sent).toBe(1);
    expect((await ledger())[0]?.status).toBe("sent");
    expect(posts()).toHaveLength(1);
  });

  it("checks a stale claim against the channel's history and does not send again what Slack already has", async () => {
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [item("U9", 1, 10), item("U9", 2, 10)]));
    // A replica claimed both, posted item 1 and died before recording it.
    await test.db.prisma.delivery.updateMany({ data: { status: "claimed", claimedBy: "dead", claimedAt: new Date(NOW.getTime() - 120_000) } });
    const port = createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl });
    await port.post({ to: "U9", content: { kind: "stored", text: "item 1" }, keys: ["test-rule:U9-1:2026-11-24"] });
    const before = fake.calls.length;
    const report = await drainFor("replica-b").drain(NOW);
    expect(report).toEqual({ sent: 1, recovered: 1, postponed: 0, failed: 0 });
    const after = fake.calls.slice(before);
    expect(postedKeys(after.filter((call) => call.method === "chat.postMessage"))).toEqual(["test-rule:U9-2:2026-11-24"]);
    expect(after.filter((call) => call.method === "conversations.history")).toHaveLength(1);
    expect((await ledger()).map((row) => row.status)).toEqual(["sent", "sent"]);
  });

  it("leaves a fresh claim alone: another replica is still sending to that recipient", async () => {
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [item("U7", 1, 10), item("U8", 2, 10)]));
    await test.db.prisma.delivery.updateMany({ where: { recipient: "U7" }, data: { status: "claimed", claimedBy: "alive", claimedAt: NOW } });
    const report = await drainFor("replica-b").drain(NOW);
    expect(report.sent).toBe(1);
    expect(postedKeys(posts())).toEqual(["test-rule:U8-2:2026-11-24"]);
  });

  it("does not post rows another replica took over while it waited out a Retry-After", async () => {
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [{ ...item("C_T", 1, 10), payload: { text: "ping" } }]));
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 2 });
    const drain = createDeliveryDrain({
      db: test.db,
      ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
      settings: () => reminderSettingsSchema.parse({ delivery: { claimTimeoutSeconds: 5 } }),
      logger: quietLogger,
      claimer: "slow-replica",
      // While this replica sleeps through the Retry-After, another presumes it dead and takes the row.
      sleep: async (ms) => {
        if (ms > 1_500) await test.db.prisma.delivery.updateMany({ data: { claimedBy: "other-replica", claimedAt: new Date(NOW.getTime() + 10_000) } });
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    const report = await drain.drain(NOW);
    expect(report).toEqual({ sent: 0, recovered: 0, postponed: 0, failed: 0 });
    expect(posts()).toHaveLength(0);
    expect((await test.db.prisma.delivery.findFirst({ where: { recipient: "C_T" } }))?.claimedBy).toBe("other-replica");
  });

  it("rewrites an earlier message through an update row: it waits while that one is unsent, then updates it once", async () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    const message = (key: string, text: string, dueAt: Date, updateOf?: string): DeliveryRequest => ({
      key,
      rule: "complaint-page",
      recipient: "C_PAGE",
      dueAt,
      payload: { text, ...(updateOf ? { updateOf } : {}) },
    });
    await withActor(test.db, "steward", (tx) =>
      enqueueDeliveries(tx, [message("page:1:C_PAGE", "paged 2 times", later), message("page:1:C_PAGE:page3", "paged 3 times", NOW, "page:1:C_PAGE")]),
    );
    // The message it rewrites is not due yet: the update waits, nothing reaches Slack.
    expect(await drainFor("replica-a").drain(NOW)).toMatchObject({ sent: 0, postponed: 1 });
    expect(fake.calls.filter((c) => c.method.startsWith("chat."))).toEqual([]);

    // Both due: the post goes first, the rewrite finds it sent and updates it.
    expect(await drainFor("replica-a").drain(later)).toMatchObject({ sent: 2, postponed: 0 });
    const [post] = posts();
    const updates = fake.callsTo("chat.update");
    expect(updates.map((c) => [c.args.channel, c.args.ts, c.args.text])).toEqual([["C_PAGE", (post!.result as { ts: string }).ts, "paged 3 times"]]);
    expect(fake.messages.get("C_PAGE")?.map((m) => m.text)).toEqual(["paged 3 times"]);

    // Two replicas draining again: nothing more is posted or rewritten.
    await Promise.all([drainFor("replica-a").drain(new Date(later.getTime() + 60_000)), drainFor("replica-b").drain(new Date(later.getTime() + 60_000))]);
    expect(posts()).toHaveLength(1);
    expect(fake.callsTo("chat.update")).toHaveLength(1);
    expect((await ledger()).map((row) => [row.key, row.status, row.messageId])).toEqual([
      ["page:1:C_PAGE", "sent", (post!.result as { ts: string }).ts],
      ["page:1:C_PAGE:page3", "sent", (post!.result as { ts: string }).ts],
    ]);
  });

  it("claims complaint pings before reminders that were due earlier", async () => {
    const reminders = [1, 2, 3, 4].map((n) => ({ ...item(`U_R${n}`, n, 10, new Date(NOW.getTime() - 3_600_000)), payload: { text: `reminder ${n}` } }));
    const ping: DeliveryRequest = { key: "complaint-escalation:complaint-7:v1:tier2:U_HEAD", rule: "complaint-escalation", recipient: "U_HEAD", dueAt: NOW, payload: { text: "Complaint #7 escalated to tier 2" } };
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [...reminders, ping]));
    const oneAtATime = reminderSettingsSchema.parse({ delivery: { maxRecipientsInFlight: 1 } });
    const drain = createDeliveryDrain({ db: test.db, ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) }, settings: () => oneAtATime, logger: quietLogger, claimer: "replica-a" });
    expect((await drain.drain(NOW)).sent).toBe(5);
    expect(posts().map((call) => call.args.channel)).toEqual(["U_HEAD", "U_R1", "U_R2", "U_R3", "U_R4"]);
  });

  it("renders a neutral message for Slack at send time, whether the recipient is `slack:`-qualified or a bare Slack id", async () => {
    const message = { text: ["Case ", { kind: "strong", content: "<ACME>" }] as const, parts: [{ kind: "text", text: { kind: "strong", content: "<ACME>" } }] as const };
    await withActor(test.db, "steward", (tx) =>
      enqueueDeliveries(tx, [
        { ...item("slack:U5", 1, 10), payload: { message } },
        { ...item("U6", 2, 10), payload: { message } },
      ]),
    );
    expect(await drainFor("replica-a").drain(NOW)).toEqual({ sent: 2, recovered: 0, postponed: 0, failed: 0 });
    // Two recipients are sent to side by side: in either order.
    const sent = posts()
      .map((call) => ({ channel: String(call.args.channel), text: call.args.text, blocks: call.args.blocks }))
      .sort((a, b) => a.channel.localeCompare(b.channel));
    const rendered = { text: "Case *&lt;ACME&gt;*", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*&lt;ACME&gt;*" } }] };
    expect(sent).toEqual([{ channel: "U5", ...rendered }, { channel: "U6", ...rendered }]);
  });

  it("leaves a row for a platform this process has no port for to a replica that has one, and sends the others", async () => {
    await withActor(test.db, "steward", (tx) => enqueueDeliveries(tx, [item("teams:29:abc", 1, 10), item("U7", 2, 10)]));
    expect(await drainFor("replica-a").drain(NOW)).toEqual({ sent: 1, recovered: 0, postponed: 0, failed: 0 });
    const rows = await ledger();
    expect(rows.map((row) => [row.key, row.status, row.attempts])).toEqual([
      ["test-rule:U7-2:2026-11-24", "sent", 1],
      ["test-rule:teams:29:abc-1:2026-11-24", "pending", 0],
    ]);
  });
});
