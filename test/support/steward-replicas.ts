import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "./free-port.js";
import { STEWARD_BIN } from "./run-steward.js";
import { testClock } from "./test-clock.js";
import { waitFor } from "./wait-for.js";

// The tests may point at another build of the CLI (e.g. one being integrated).
const BIN = process.env.STEWARD_TEST_BIN ?? STEWARD_BIN;

/** The signing secret every replica is started with, for tests that sign requests to it. */
export const REPLICA_SIGNING_SECRET = "0123456789abcdef0123456789abcdef";

export interface ReplicaOptions {
  databaseUrl: string;
  /** The stand-in Slack Web API's base URL. */
  slackApiUrl: string;
  /** A team settings YAML file (STEWARD_CONFIG). */
  configFile: string;
  /** Errors are always echoed to the test's stderr, prefixed with the replica's pid. */
  logLevel?: "info" | "error";
  /** More environment, e.g. the STEWARD_HTTP_* limits. */
  env?: Record<string, string>;
}

export interface Replica {
  child: ChildProcess;
  /** Its HTTP port (/slack/events, /healthz) on 127.0.0.1. */
  port: number;
  /**
   * Resolves once `steward start` runs — its first tick (the catch-up) has begun — and answers /healthz.
   */
  started: Promise<void>;
  /** Its log so far (stderr). */
  log(): string;
}

/** A real `steward start` in HTTP mode on the given database, talking to the stand-in Slack API. */
export async function startReplica(options: ReplicaOptions): Promise<Replica> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK_|DATABASE_URL|STEWARD_)/.test(key)) delete env[key];
  Object.assign(env, {
    DATABASE_URL: options.databaseUrl,
    SLACK_BOT_TOKEN: "xoxb-replica-test",
    SLACK_SIGNING_SECRET: REPLICA_SIGNING_SECRET,
    SLACK_API_URL: options.slackApiUrl,
    PORT: String(port),
    STEWARD_CONFIG: options.configFile,
    STEWARD_LOG_LEVEL: options.logLevel ?? "info",
    // Real processes tick on the test's timeline, never on the real calendar day.
    STEWARD_START_TIME: testClock.now().toISOString(),
    ...options.env,
  });
  const child = spawn(process.execPath, [BIN, "start"], { env, stdio: ["ignore", "ignore", "pipe"] });
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
  // A replica that dies later is reported by the test's assertions; this only guards the start.
  started.catch(() => undefined);
  return { child, port, started, log: () => log };
}

/** SIGTERM: `steward start` finishes the tick in progress, then exits. Resolves with its exit code or signal. */
export function stopReplica(child: ChildProcess, graceMs = 30_000): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? signal);
    });
    child.kill("SIGTERM");
  });
}
