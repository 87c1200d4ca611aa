import type { ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { withActor } from "../../src/db/with-actor.js";
import { type DeliveryRequest, enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { startReplica, stopReplica } from "../support/steward-replicas.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { testClock } from "../support/test-clock.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const REMINDERS = 1_000;
let configFile: string;
let running: ChildProcess[] = [];


beforeAll(async () => {
  await fake.start();
  const dir = mkdtempSync(join(tmpdir(), "steward-replicas-"));
  configFile = join(dir, "steward.yml");
  // A dead replica's claims are presumed dead after 5 s (production: 5 minutes).
  writeFileSync(configFile, "reminders:\n  delivery:\n    claimTimeoutSeconds: 5\n");
});
afterEach(async () => {
  await Promise.all(running.map((child) => stopReplica(child, 5_000)));
  running = [];
});
afterAll(async () => {
  await fake.stop();
});

async function startReminderReplica(): Promise<ChildProcess> {
  const replica = await startReplica({ databaseUrl: t.url!, slackApiUrl: fake.apiUrl, configFile, logLevel: "error" });
  running.push(replica.child);
  return replica.child;
}

/** 1,000 reminders due now, each to its own person (so each is one message). */
async function enqueueReminders(batch: string): Promise<string[]> {
  const dueAt = new Date(testClock.now().getTime() - 60_000);
  const requests: DeliveryRequest[] = Array.from({ length: REMINDERS }, (_, i) => {
    const key = `follow-up:${batch}-customer-${i}:2026-11-24`;
    return {
      key,
      rule: "follow-up",
      recipient: `U${batch.toUpperCase()}${String(i).padStart(4, "0")}`,
      dueAt,
      payload: { text: `Follow up with customer ${i}`, blocks: [{ type: "section", text: { type: "mrkdwn", text: `Follow up with customer ${i}` } }], digest: { itemKey: key, urgency: 70 } },
    };
  });
  await withActor(t.db, "steward", (tx) => enqueueDeliveries(tx, requests));
  return requests.map((r) => r.key);
}

function postedKeys(prefix: string): string[] {
  return fake
    .callsTo("chat.postMessage")
    .flatMap((call) => (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys)
    .filter((key) => key.startsWith(`follow-up:${prefix}-`));
}

async function sentCount(prefix: string): Promise<number> {
  return t.db.prisma.delivery.count({ where: { status: "sent", key: { startsWith: `follow-up:${prefix}-` } } });
}

describeWithServer("three `steward start` replicas on one database", () => {
  it("send 1,000 reminders due at once exactly once between them", async () => {
    const keys = await enqueueReminders("a");
    await Promise.all([startReminderReplica(), startReminderReplica(), startReminderReplica()]);
    await waitFor("all 1,000 to be recorded as sent", async () => (await sentCount("a")) === REMINDERS, 60_000);
    const posted = postedKeys("a");
    expect(posted.length).toBe(REMINDERS);
    expect(new Set(posted)).toEqual(new Set(keys));
    const claimers = await t.db.prisma.delivery.groupBy({ by: ["claimedBy"], where: { key: { startsWith: "follow-up:a-" } }, _count: true });
    // Every replica took part (nothing was held by one process alone).
    expect(claimers.length).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it("still send exactly 1,000 when one replica is killed with SIGKILL mid-batch", async () => {
    // Slow Slack down so the kill lands while messages are in flight.
    fake.failNext("chat.postMessage", { delayMs: 40 }, 100_000);
    const keys = await enqueueReminders("b");
    const replicas = await Promise.all([startReminderReplica(), startReminderReplica(), startReminderReplica()]);
    await waitFor("a replica to be sending", () => postedKeys("b").length >= 150, 30_000);
    // Kill the replica holding the most claims right now.
    const holders = await t.db.prisma.delivery.groupBy({ by: ["claimedBy"], where: { status: "claimed" }, _count: true, orderBy: { _count: { claimedBy: "desc" } } });
    expect(holders.length).toBeGreaterThan(0);
    const pid = Number(String(holders[0]?.claimedBy ?? "").split(":")[1]);
    const victim = replicas.find((child) => child.pid === pid) ?? replicas[0]!;
    victim.kill("SIGKILL");
    const killedAt = postedKeys("b").length;
    expect(killedAt).toBeLessThan(REMINDERS);
    // The survivors' next tick (within a minute) takes over the dead replica's claims once they are 5 s old.
    await waitFor("all 1,000 to be recorded as sent", async () => (await sentCount("b")) === REMINDERS, 100_000);
    const posted = postedKeys("b");
    expect(posted.length).toBe(REMINDERS);
    expect(new Set(posted)).toEqual(new Set(keys));
  }, 150_000);
});
