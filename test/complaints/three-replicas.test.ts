import type { ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { startReplica, stopReplica } from "../support/steward-replicas.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { testClock } from "../support/test-clock.js";
import { waitFor } from "../support/wait-for.js";
import { seedBreachingComplaints } from "./support/seed-breaching-complaints.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const CASES = 500;
let configFile: string;
let roster: ComplaintRoster;
let running: ChildProcess[] = [];

beforeAll(async () => {
  await fake.start();
  const dir = mkdtempSync(join(tmpdir(), "steward-complaint-replicas-"));
  configFile = join(dir, "steward.yml");
  // Pacing is the drain's business (tested there); here every replica may post as fast as the stand-in answers.
  writeFileSync(configFile, "reminders:\n  delivery:\n    perChannelIntervalMs: 0\n");
});
afterEach(async () => {
  await Promise.all(running.map((child) => stopReplica(child)));
  running = [];
});
afterAll(async () => {
  await fake.stop();
});

const startComplaintReplica = async () => {
  const replica = await startReplica({ databaseUrl: t.url!, slackApiUrl: fake.apiUrl, configFile });
  running.push(replica.child);
  return replica;
};

function complaintPosts() {
  return fake.callsTo("chat.postMessage").filter((call) => {
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    return keys.every((key) => key.startsWith("complaint-"));
  });
}

describeWithServer("three `steward start` replicas against one database", () => {
  it("escalate 500 cases breaching at the same minute exactly once, and send each ping once although Slack answers 429 and 500", async () => {
    roster = await seedComplaintRoster(t.db);
    // The replicas tick on the test's timeline: every first-response deadline passed 20 s ago.
    const opened = new Date(testClock.now().getTime() - 2 * 3_600_000 - 20_000);
    await seedBreachingComplaints(t.db, roster.customerId, roster.supportDepartmentId, CASES, opened, "C_SUPPORT");
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 });
    fake.failNext("chat.postMessage", { status: 500 });

    const replicas = await Promise.all([startComplaintReplica(), startComplaintReplica(), startComplaintReplica()]);
    await Promise.all(replicas.map((replica) => replica.started));
    await waitFor(
      "every escalation recorded and every ping sent",
      async () =>
        (await t.db.prisma.complaintEvent.count({ where: { kind: "escalation" } })) === CASES &&
        // Only the complaint deliveries are this test's: whatever else the day brings (a monthly
        // roster review on the 1st, say) is the reminders' business, not part of the assertion.
        (await t.db.prisma.delivery.count({ where: { status: { not: "sent" }, key: { startsWith: "complaint-" } } })) === 0 &&
        (await t.db.prisma.delivery.count({ where: { key: { startsWith: "complaint-" } } })) > 0,
      60_000,
    );
    // Each stops only after finishing its tick in progress: nothing is still on its way.
    for (const code of await Promise.all(replicas.map((replica) => stopReplica(replica.child)))) expect(code).toBe(0);
    // Slack's 429 and 500 were waited out and retried: no replica reports a failed job or delivery.
    for (const replica of replicas) expect(replica.log()).not.toMatch(/ ERROR /);

    const escalations = await t.db.prisma.complaintEvent.count({ where: { kind: "escalation", actor: "steward", fromTier: 1, toTier: 2 } });
    expect(escalations).toBe(CASES);
    expect(await t.db.prisma.complaint.count({ where: { tier: 2, version: 1 } })).toBe(CASES);
    expect(fake.callsTo("chat.postMessage:failed").length).toBe(2);

    // Each case pings the lead's head and technical support by DM (several cases of one batch share a DM)
    // and gets a note in its card's thread: every case reaches every recipient exactly once.
    const posts = complaintPosts();
    const casesPinged = (recipient: string) =>
      posts.filter((call) => call.args.channel === recipient).flatMap((call) => [...String(call.args.text).matchAll(/#(\d+)/g)].map((m) => Number(m[1])));
    for (const recipient of ["U_HEAD", "U_TECH"]) {
      const ids = casesPinged(recipient);
      expect(ids.length).toBe(CASES);
      expect(new Set(ids).size).toBe(CASES);
    }
    const threadNotes = posts.filter((call) => call.args.channel === "C_SUPPORT" && call.args.thread_ts);
    expect(new Set(threadNotes.map((call) => call.args.thread_ts)).size).toBe(CASES);
    expect(threadNotes.length).toBe(CASES);
    const keys = fake.callsTo("chat.postMessage").flatMap((call) => (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys);
    expect(new Set(keys).size).toBe(keys.length);
  }, 120_000);

  it("do nothing more when all three tick again", async () => {
    const before = complaintPosts().length;
    const replicas = await Promise.all([startComplaintReplica(), startComplaintReplica(), startComplaintReplica()]);
    await Promise.all(replicas.map((replica) => replica.started));
    // Stopped after "running", each has finished its start-up tick before it exits.
    for (const code of await Promise.all(replicas.map((replica) => stopReplica(replica.child)))) expect(code).toBe(0);
    for (const replica of replicas) expect(replica.log()).not.toMatch(/ ERROR /);
    expect(complaintPosts().length).toBe(before);
    expect(await t.db.prisma.complaintEvent.count({ where: { kind: "escalation" } })).toBe(CASES);
    expect(await t.db.prisma.complaint.count({ where: { tier: 2, version: 1 } })).toBe(CASES);
  }, 60_000);
});
