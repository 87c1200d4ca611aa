import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { STEWARD_BIN } from "../support/run-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { seedBreachingComplaints } from "./support/seed-breaching-complaints.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const CASES = 500;
// The test may point at another build of the CLI (e.g. one being integrated).
const BIN = process.env.STEWARD_TEST_BIN ?? STEWARD_BIN;
let configFile: string;
let roster: ComplaintRoster;
let running: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  await fake.start();
  const dir = mkdtempSync(join(tmpdir(), "steward-complaint-replicas-"));
  configFile = join(dir, "steward.yml");
  // Pacing is the drain's business (tested there); here every replica may post as fast as the stand-in answers.
  writeFileSync(configFile, "reminders:\n  delivery:\n    perChannelIntervalMs: 0\n");
});
afterEach(async () => {
  await Promise.all(running.map(stop));
  running = [];
});
afterAll(async () => {
  await fake.stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Replica {
  child: ChildProcess;
  /**
   * Resolves once `steward start` is running — its scheduler has begun its first tick (the catch-up) — and
   * has answered /healthz: its event loop has turned since, so its SIGTERM handler is in place.
   */
  started: Promise<void>;
  /** Its log so far (stderr). */
  log(): string;
}

/** A real `steward start` in HTTP mode on the test database, talking to the stand-in Slack API. */
async function startReplica(): Promise<Replica> {
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK_|DATABASE_URL|STEWARD_)/.test(key)) delete env[key];
  Object.assign(env, {
    DATABASE_URL: t.url,
    SLACK_BOT_TOKEN: "xoxb-complaint-replica-test",
    SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
    SLACK_API_URL: fake.apiUrl,
    PORT: String(port),
    STEWARD_CONFIG: configFile,
    // Info, to see "Steward is running"; the test prints only errors (the seeded cards were never posted to
    // the stand-in, so redrawing them warns "message_not_found").
    STEWARD_LOG_LEVEL: "info",
  });
  const child = spawn(process.execPath, [BIN, "start"], { env, stdio: ["ignore", "ignore", "pipe"] });
  running.push(child);
  let log = "";
  const announced = new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk;
      for (const line of String(chunk).split("\n")) if (/ ERROR /.test(line)) process.stderr.write(`[replica ${child.pid}] ${line}\n`);
      if (log.includes("Steward is running")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`replica ${child.pid} exited (${code}) before running:\n${log}`)));
  });
  const started = announced
    .then(() => waitFor("/healthz", () => fetch(`http://127.0.0.1:${port}/healthz`).then((res) => res.ok, () => false)))
    .then(() => undefined);
  // A replica that dies later is reported by the assertions; this only guards the start.
  started.catch(() => undefined);
  return { child, started, log: () => log };
}

/** SIGTERM: `steward start` finishes the tick in progress, then exits. Resolves with its exit code or signal. */
function stop(child: ChildProcess): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
    child.kill("SIGTERM");
  });
}

function complaintPosts() {
  return fake.callsTo("chat.postMessage").filter((call) => {
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    return keys.every((key) => key.startsWith("complaint-"));
  });
}

describeWithServer("three `steward start` replicas against one database", () => {
  it("escalate 500 cases breaching at the same minute exactly once, and send each ping once although Slack answers 429 and 500", async () => {
    roster = await seedComplaintRoster(t.db);
    // Real processes tick on the wall clock: every first-response deadline passed 20 s ago.
    const opened = new Date(Date.now() - 2 * 3_600_000 - 20_000);
    await seedBreachingComplaints(t.db, roster.customerId, roster.supportDepartmentId, CASES, opened, "C_SUPPORT");
    fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 });
    fake.failNext("chat.postMessage", { status: 500 });

    const replicas = await Promise.all([startReplica(), startReplica(), startReplica()]);
    await Promise.all(replicas.map((replica) => replica.started));
    await waitFor(
      "every escalation recorded and every ping sent",
      async () =>
        (await t.db.prisma.complaintEvent.count({ where: { kind: "escalation" } })) === CASES &&
        (await t.db.prisma.delivery.count({ where: { status: { not: "sent" } } })) === 0 &&
        (await t.db.prisma.delivery.count()) > 0,
      60_000,
    );
    // Each stops only after finishing its tick in progress: nothing is still on its way.
    for (const code of await Promise.all(replicas.map((replica) => stop(replica.child)))) expect(code).toBe(0);
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
    const replicas = await Promise.all([startReplica(), startReplica(), startReplica()]);
    await Promise.all(replicas.map((replica) => replica.started));
    // Stopped after "running", each has finished its start-up tick before it exits.
    for (const code of await Promise.all(replicas.map((replica) => stop(replica.child)))) expect(code).toBe(0);
    for (const replica of replicas) expect(replica.log()).not.toMatch(/ ERROR /);
    expect(complaintPosts().length).toBe(before);
    expect(await t.db.prisma.complaintEvent.count({ where: { kind: "escalation" } })).toBe(CASES);
    expect(await t.db.prisma.complaint.count({ where: { tier: 2, version: 1 } })).toBe(CASES);
  }, 60_000);
});
