import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { seedBreachingComplaints } from "./support/seed-breaching-complaints.js";
import { seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const REPLICA = fileURLToPath(new URL("../../bench/complaints/complaint-replica.mjs", import.meta.url));
const BUILT_JOB = fileURLToPath(new URL("../../dist/scheduler/jobs/complaint-escalation-job.js", import.meta.url));
const CASES = 500;
const opened = new Date("2026-11-24T02:00:00.000Z");
// Pacing is the drain's business (tested there); here every replica may post as fast as the stand-in answers.
const settings = JSON.stringify({ reminders: { delivery: { perChannelIntervalMs: 0 } } });

function replica(now: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [REPLICA, t.url!, fake.apiUrl, now, settings], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describeWithServer("three replicas against one database", () => {
  beforeAll(async () => {
    if (!existsSync(BUILT_JOB)) throw new Error(`${BUILT_JOB} is missing: run \`npm run build\` first (npm test does)`);
    await fake.start();
    const roster = await seedComplaintRoster(t.db);
    await seedBreachingComplaints(t.db, roster.customerId, roster.supportDepartmentId, CASES, opened, "C_SUPPORT");
  });
  afterAll(async () => {
    await fake.stop();
  });

  it("escalates 500 cases breaching at the same minute exactly once, and sends each ping once", async () => {
    const now = "2026-11-24T04:00:20.000Z";
    const runs = await Promise.all([replica(now), replica(now), replica(now)]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });

    const escalations = await t.db.prisma.complaintEvent.count({ where: { kind: "escalation", actor: "steward", fromTier: 1, toTier: 2 } });
    expect(escalations).toBe(CASES);
    expect(await t.db.prisma.complaint.count({ where: { tier: 2, version: 1 } })).toBe(CASES);

    // Each case pings the lead's head and technical support by DM (several cases of one batch share a DM)
    // and gets a note in its card's thread: every case reaches every recipient exactly once.
    const posts = fake.callsTo("chat.postMessage");
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
    const keys = posts.flatMap((call) => (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await t.db.prisma.delivery.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("does nothing more when all three tick the same minute again", async () => {
    const before = fake.callsTo("chat.postMessage").length;
    const runs = await Promise.all([replica("2026-11-24T04:01:00.000Z"), replica("2026-11-24T04:01:00.000Z"), replica("2026-11-24T04:01:00.000Z")]);
    for (const run of runs) expect(run.code).toBe(0);
    expect(fake.callsTo("chat.postMessage").length).toBe(before);
    expect(await t.db.prisma.complaintEvent.count({ where: { kind: "escalation" } })).toBe(CASES);
  });
});
