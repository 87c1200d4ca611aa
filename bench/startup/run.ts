// Startup bench (issue 3, Performance): how long `steward start` takes and how much memory it holds
// once idle, against a bare PGlite and a bare Bolt app measured in the same run.
// Run: npm run bench:startup (builds dist/ first). Exits 1 when a bound is exceeded.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { freePort } from "./free-port.js";
import { type Memory, readMemory } from "./read-memory.js";
import { createScratchDatabase } from "./scratch-database.js";
import { type SpawnOptions, spawnUntilReady } from "./spawn-until-ready.js";
import { stewardEnv } from "./steward-env.js";

const FIRST_START_BOUND_S = 10;
const LATER_START_BOUND_S = 3;
const LATER_STARTS = 3;
const SERVER_MODE_BOUND = 1.5;
/** How long a process sits idle before its resident memory is read. */
const IDLE_MS = 5_000;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const STEWARD = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const CONSOLE_PROMPT = /Type :help/;
// Slack HTTP credentials of the right shape; the stand-in Web API accepts any.
const SLACK = { SLACK_BOT_TOKEN: "xoxb-bench-startup", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timed = ({ readyMs, readyCpuMs }: Started) => `${seconds(readyMs)} (CPU ${seconds(readyCpuMs)})`;
const mb = (value: number) => `${Math.round(value)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Started {
  readyMs: number;
  readyCpuMs: number;
}

/** Starts `node args`, waits until ready, lets it idle, reads its memory, stops it. */
async function startIdleStop(args: string[], options: SpawnOptions): Promise<Started & { memory: Memory }> {
  const running = await spawnUntilReady(args, options);
  try {
    await sleep(IDLE_MS);
    return { readyMs: running.readyMs, readyCpuMs: running.readyCpuMs, memory: readMemory(running.pid) };
  } finally {
    await running.stop();
  }
}

async function startStop(args: string[], options: SpawnOptions): Promise<Started> {
  const running = await spawnUntilReady(args, options);
  await running.stop();
  return running;
}

const healthy = (port: number) => () =>
  fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);

if (!existsSync(STEWARD)) {
  console.error(`${STEWARD} is missing: run \`npm run build\` first (or \`npm run bench:startup\`, which does).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "steward-bench-startup-"));
const fake = await new FakeSlackApi().start();
const results: Array<{ ok: boolean; text: string }> = [];
const check = (ok: boolean, text: string) => results.push({ ok, text });
try {
  console.log(`Steward startup bench — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)} at start (other work on the machine adds noise)`);

  // 1–2. The embedded store: a first start creates and migrates it; later starts reopen it.
  const storeDir = join(work, "store");
  const consoleRun: SpawnOptions = { env: stewardEnv({ STEWARD_DATA_DIR: storeDir }), ready: CONSOLE_PROMPT, stopBy: "end-input" };
  const first = await startIdleStop([STEWARD, "start"], consoleRun);
  console.log(`  first start, empty embedded store: ${timed(first)} to the console prompt; idle RSS ${mb(first.memory.rssMb)} (peak ${mb(first.memory.peakMb)})`);
  const laterStarts: Started[] = [];
  for (let run = 1; run < LATER_STARTS; run++) laterStarts.push(await startStop([STEWARD, "start"], consoleRun));
  const later = await startIdleStop([STEWARD, "start"], consoleRun);
  laterStarts.push(later);
  const laterMs = laterStarts.map((start) => start.readyMs);
  console.log(`  later starts: ${laterStarts.map(timed).join(", ")}; idle RSS ${mb(later.memory.rssMb)} (peak ${mb(later.memory.peakMb)})`);

  // 3. Baselines: bare PGlite on a copy of that store and on a fresh folder; a bare Bolt app.
  cpSync(join(storeDir, "pgdata"), join(work, "pglite-copy"), { recursive: true });
  const bare: SpawnOptions = { env: process.env, ready: /^ready$/m, stopBy: "SIGTERM" };
  const pglite = await startIdleStop([script("bare-pglite.mjs"), join(work, "pglite-copy")], bare);
  const pgliteFresh = await startIdleStop([script("bare-pglite.mjs"), join(work, "pglite-fresh")], bare);
  const boltAuthTests = fake.callsTo("auth.test").length;
  const boltEnv = { ...process.env, ...SLACK, SLACK_API_URL: fake.apiUrl, PORT: String(await freePort()) };
  const bolt = await startIdleStop([script("bare-bolt.mjs")], { ...bare, env: boltEnv });
  if (fake.callsTo("auth.test").length === boltAuthTests) throw new Error("the bare Bolt app never called auth.test on the stand-in");
  console.log(`  bare PGlite idle RSS: ${mb(pglite.memory.rssMb)} on a copy of that store, ${mb(pgliteFresh.memory.rssMb)} on a fresh folder (opened in ${timed(pgliteFresh)}, peak ${mb(pgliteFresh.memory.peakMb)})`);
  console.log(`  bare Bolt app (HTTP) idle RSS: ${mb(bolt.memory.rssMb)}`);

  // 4. A PostgreSQL server and Slack over HTTP: no PGlite in the process.
  const database = await createScratchDatabase(ADMIN_URL, `steward_bench_startup_${process.pid}`);
  let server: Started & { memory: Memory };
  try {
    const port = await freePort();
    const env = stewardEnv({ ...SLACK, DATABASE_URL: database.url, SLACK_API_URL: fake.apiUrl, PORT: String(port), STEWARD_DATA_DIR: join(work, "unused") });
    server = await startIdleStop([STEWARD, "start"], { env, ready: healthy(port), stopBy: "SIGTERM" });
  } finally {
    await database.drop();
  }
  console.log(`  with DATABASE_URL (fresh database, migrated on start) + Slack HTTP: /healthz 200 after ${timed(server)}; idle RSS ${mb(server.memory.rssMb)}`);

  check(first.readyMs <= FIRST_START_BOUND_S * 1000, `first start ${seconds(first.readyMs)} (bound ${FIRST_START_BOUND_S} s)`);
  const laterMax = Math.max(...laterMs);
  check(laterMax <= LATER_START_BOUND_S * 1000, `later starts median ${seconds(median(laterMs))}, max ${seconds(laterMax)} (bound ${LATER_START_BOUND_S} s)`);
  const baseline = pglite.memory.rssMb + bolt.memory.rssMb;
  check(later.memory.rssMb <= baseline,
    `idle RSS ${mb(later.memory.rssMb)} vs PGlite ${mb(pglite.memory.rssMb)} + Bolt ${mb(bolt.memory.rssMb)} = ${mb(baseline)} → ${(later.memory.rssMb / baseline).toFixed(2)} × (bound 1 ×)`);
  const freshBaseline = pgliteFresh.memory.rssMb + bolt.memory.rssMb;
  check(first.memory.rssMb <= freshBaseline,
    `first-start idle RSS ${mb(first.memory.rssMb)} vs PGlite on a fresh folder ${mb(pgliteFresh.memory.rssMb)} + Bolt ${mb(bolt.memory.rssMb)} = ${mb(freshBaseline)} → ${(first.memory.rssMb / freshBaseline).toFixed(2)} × (bound 1 ×)`);
  check(server.memory.rssMb <= SERVER_MODE_BOUND * bolt.memory.rssMb,
    `DATABASE_URL idle RSS ${mb(server.memory.rssMb)} vs Bolt ${mb(bolt.memory.rssMb)} → ${(server.memory.rssMb / bolt.memory.rssMb).toFixed(2)} × (bound ${SERVER_MODE_BOUND} ×)`);
} finally {
  await fake.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nBounds (load average ${loadavg()[0]!.toFixed(2)} at the end)`);
for (const { ok, text } of results) console.log(`  ${ok ? "ok  " : "OVER"}  ${text}`);
process.exitCode = results.every((result) => result.ok) ? 0 : 1;
