// Startup bench (issue 3, Performance): how long `steward start` takes and how much memory it holds
// once idle, against a bare PGlite and a bare Bolt app measured in the same run.
// Run: npm run bench:startup (builds dist/ first). Exits 1 when a bound is exceeded, 2 when it cannot measure.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { SignedSlackClient } from "../../src/console/signed-slack-client.js";
import { freePort } from "../../test/support/free-port.js";
import { type Memory, readMemory } from "./read-memory.js";
import { createScratchDatabase } from "./scratch-database.js";
import { type ReadyProcess, type SpawnOptions, spawnUntilReady } from "./spawn-until-ready.js";
import { stewardEnv } from "./steward-env.js";

const FIRST_START_BOUND_S = 10;
const LATER_START_BOUND_S = 3;
const LATER_STARTS = 3;
const SERVER_MODE_BOUND = 1.5;
/** Rounds of bare Bolt vs Steward with DATABASE_URL; the medians are compared. */
const MEMORY_ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 5);
/** How long a process sits idle before its resident memory is read. */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 5_000);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const STEWARD = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const CONSOLE_PROMPT = /Type :help/;
/** The baseline scripts print "ready" and idle until SIGTERM. */
const bare: SpawnOptions = { env: process.env, ready: /^ready$/m, stopBy: "SIGTERM" };
// Slack HTTP credentials of the right shape; the stand-in Web API accepts any.
const SLACK = { SLACK_BOT_TOKEN: "xoxb-bench-startup", SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" };
// One ordinary command, so memory is read once the code that serves requests (Prisma's query
// compiler among it) has been loaded, as it is in a Steward that has started working.
const COMMAND = { command: "/customer", text: "list" };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timed = ({ readyMs, readyCpuMs }: Started) => `${seconds(readyMs)} (CPU ${seconds(readyCpuMs)})`;
const mb = (value: number) => `${Math.round(value)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Started {
  readyMs: number;
  readyCpuMs: number;
}

interface Measured extends Started {
  /** Idle memory right after start. */
  memory: Memory;
  /** Idle memory after one command (as `memory` when no command was sent). */
  working: Memory;
  output: string;
}

/**
 * Starts `node args`, waits until ready, lets it idle and reads its memory; with `command`, sends
 * one slash command, lets it idle again and reads its memory once more; then stops it.
 */
async function measure(args: string[], options: SpawnOptions, command?: (running: ReadyProcess) => Promise<void>): Promise<Measured> {
  const running = await spawnUntilReady(args, options);
  try {
    await sleep(IDLE_MS);
    const memory = readMemory(running.pid);
    let working = memory;
    if (command) {
      await command(running);
      await sleep(IDLE_MS);
      working = readMemory(running.pid);
    }
    return { readyMs: running.readyMs, readyCpuMs: running.readyCpuMs, memory, working, output: running.output() };
  } finally {
    await running.stop();
  }
}

async function startStop(args: string[], options: SpawnOptions): Promise<Started> {
  const running = await spawnUntilReady(args, options);
  await running.stop();
  return running;
}

/** Types the command in the local console and waits for its next prompt (`<name>> `), i.e. its answer. */
async function typeCommand(running: ReadyProcess): Promise<void> {
  const before = running.output().length;
  running.type(`${COMMAND.command} ${COMMAND.text}\n`);
  for (let waited = 0; !running.output().slice(before).includes("> "); waited += 50) {
    if (waited > 10_000) throw new Error(`the console did not answer "${COMMAND.command} ${COMMAND.text}":\n${running.output()}`);
    await sleep(50);
  }
}

/** Sends the command, signed, to a Bolt app listening on `port`. */
const postCommand = (fake: FakeSlackApi, port: number) => async () => {
  const client = new SignedSlackClient({ eventsUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SLACK.SLACK_SIGNING_SECRET, responseUrl: () => fake.responseUrl() });
  const response = await client.command(COMMAND.command, COMMAND.text, { userId: "U0BENCH" });
  if (response.status !== 200) throw new Error(`${COMMAND.command} ${COMMAND.text} got HTTP ${response.status} on port ${port}`);
};

const healthy = (port: number) => () =>
  fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);

/** A bare Bolt app on the stand-in Slack API, after one signed command. */
async function measureBareBolt(): Promise<Measured> {
  const authTests = fake.callsTo("auth.test").length;
  const port = await freePort();
  const env = { ...process.env, ...SLACK, SLACK_API_URL: fake.apiUrl, PORT: String(port) };
  const measured = await measure([script("bare-bolt.mjs")], { ...bare, env }, postCommand(fake, port));
  if (fake.callsTo("auth.test").length === authTests) throw new Error("the bare Bolt app never called auth.test on the stand-in");
  return measured;
}

/** `steward start` on a fresh database of the PostgreSQL server, in HTTP mode, after one signed command. */
async function measureServerMode(dataDir: string): Promise<Measured> {
  const database = await createScratchDatabase(ADMIN_URL, `steward_bench_startup_${process.pid}`);
  try {
    const port = await freePort();
    const env = stewardEnv({ ...SLACK, DATABASE_URL: database.url, SLACK_API_URL: fake.apiUrl, PORT: String(port), STEWARD_DATA_DIR: dataDir });
    return await measure([STEWARD, "start"], { env, ready: healthy(port), stopBy: "SIGTERM" }, postCommand(fake, port));
  } finally {
    await database.drop();
  }
}

const medianByWorkingRss = (rounds: Measured[]) => [...rounds].sort((a, b) => a.working.rssMb - b.working.rssMb)[Math.floor(rounds.length / 2)]!;

const memoryText = ({ memory, working }: Measured) => `idle RSS ${mb(memory.rssMb)} after start, ${mb(working.rssMb)} after one command (peak ${mb(working.peakMb)})`;

if (!existsSync(STEWARD)) {
  console.error(`${STEWARD} is missing: run \`npm run build\` first (or \`npm run bench:startup\`, which does).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "steward-bench-startup-"));
const fake = await new FakeSlackApi().start();
const results: Array<{ ok: boolean; text: string }> = [];
const check = (ok: boolean, text: string) => results.push({ ok, text });
try {
  console.log(`Steward startup bench — node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)} at start (other work on the machine adds noise; CPU times hardly do)`);

  // 1–2. The embedded store: a first start creates and migrates it; later starts reopen it.
  const storeDir = join(work, "store");
  const consoleRun: SpawnOptions = { env: stewardEnv({ STEWARD_DATA_DIR: storeDir }), ready: CONSOLE_PROMPT, stopBy: "end-input" };
  const first = await measure([STEWARD, "start"], consoleRun, typeCommand);
  console.log(`  first start, empty embedded store: ${timed(first)} to the console prompt; ${memoryText(first)}`);
  // Whom the console acts as: "@you (U0CONSOLE)" means no roster was loaded.
  console.log(`    console said: "${first.output.split("\n").find((line) => CONSOLE_PROMPT.test(line))}"`);
  const laterStarts: Started[] = [];
  for (let run = 1; run < LATER_STARTS; run++) laterStarts.push(await startStop([STEWARD, "start"], consoleRun));
  const later = await measure([STEWARD, "start"], consoleRun, typeCommand);
  laterStarts.push(later);
  const laterMs = laterStarts.map((start) => start.readyMs);
  console.log(`  later starts: ${laterStarts.map(timed).join(", ")}; ${memoryText(later)}`);

  // 3. Baselines: bare PGlite on a copy of that store and on a fresh folder.
  cpSync(join(storeDir, "pgdata"), join(work, "pglite-copy"), { recursive: true });
  const pglite = await measure([script("bare-pglite.mjs"), join(work, "pglite-copy")], bare);
  const pgliteFresh = await measure([script("bare-pglite.mjs"), join(work, "pglite-fresh")], bare);
  console.log(`  bare PGlite: on a copy of that store opened in ${timed(pglite)}, idle RSS ${mb(pglite.memory.rssMb)}; on a fresh folder opened in ${timed(pgliteFresh)}, idle RSS ${mb(pgliteFresh.memory.rssMb)} (peak ${mb(pgliteFresh.memory.peakMb)})`);

  // 4. The bare Bolt app and Steward on a PostgreSQL server with Slack over HTTP (no PGlite in the
  // process), in alternating rounds so that both see the same machine; each one's median round counts
  // (also as the Bolt share of the embedded store's bounds above).
  // A single reading swings by 10–15 MB with when V8 and malloc happen to give memory back.
  const boltRounds: Measured[] = [];
  const serverRounds: Measured[] = [];
  for (let round = 1; round <= MEMORY_ROUNDS; round++) {
    boltRounds.push(await measureBareBolt());
    serverRounds.push(await measureServerMode(join(work, "unused")));
    console.log(`  round ${round}, bare Bolt app (HTTP, acks commands): ${memoryText(boltRounds.at(-1)!)}`);
    console.log(`  round ${round}, Steward with DATABASE_URL (fresh database, migrated on start) + Slack HTTP: /healthz 200 after ${timed(serverRounds.at(-1)!)}; ${memoryText(serverRounds.at(-1)!)}`);
  }
  const bolt = medianByWorkingRss(boltRounds);
  const server = medianByWorkingRss(serverRounds);
  console.log(`  medians of ${MEMORY_ROUNDS} rounds after one command: bare Bolt ${mb(bolt.working.rssMb)}, Steward with DATABASE_URL ${mb(server.working.rssMb)}`);
  // Node's own footprint, which each baseline process carries once more than an embedded Steward does.
  const node = await measure(["-e", "console.log('ready'); setInterval(() => undefined, 60_000)"], bare);
  const ownShare = later.working.rssMb - pglite.memory.rssMb - bolt.working.rssMb + node.memory.rssMb;
  console.log(`  bare node idle RSS: ${mb(node.memory.rssMb)} → Steward's own share of its idle RSS ≈ ${mb(ownShare)} (Steward − PGlite − Bolt + node)`);

  check(first.readyMs <= FIRST_START_BOUND_S * 1000, `first start ${seconds(first.readyMs)} (bound ${FIRST_START_BOUND_S} s)`);
  const laterMax = Math.max(...laterMs);
  check(laterMax <= LATER_START_BOUND_S * 1000, `later starts median ${seconds(median(laterMs))}, max ${seconds(laterMax)} (bound ${LATER_START_BOUND_S} s)`);
  const baseline = pglite.memory.rssMb + bolt.working.rssMb;
  check(later.working.rssMb <= baseline,
    `idle RSS ${mb(later.working.rssMb)} vs PGlite ${mb(pglite.memory.rssMb)} + Bolt ${mb(bolt.working.rssMb)} = ${mb(baseline)} → ${(later.working.rssMb / baseline).toFixed(2)} × (bound 1 ×)`);
  const freshBaseline = pgliteFresh.memory.rssMb + bolt.working.rssMb;
  check(first.working.rssMb <= freshBaseline,
    `first-start idle RSS ${mb(first.working.rssMb)} vs PGlite on a fresh folder ${mb(pgliteFresh.memory.rssMb)} + Bolt ${mb(bolt.working.rssMb)} = ${mb(freshBaseline)} → ${(first.working.rssMb / freshBaseline).toFixed(2)} × (bound 1 ×)`);
  check(server.working.rssMb <= SERVER_MODE_BOUND * bolt.working.rssMb,
    `DATABASE_URL idle RSS ${mb(server.working.rssMb)} vs Bolt ${mb(bolt.working.rssMb)} → ${(server.working.rssMb / bolt.working.rssMb).toFixed(2)} × (bound ${SERVER_MODE_BOUND} ×)`);

  console.log(`\nBounds (memory after one command; load average ${loadavg()[0]!.toFixed(2)} at the end)`);
  for (const { ok, text } of results) console.log(`  ${ok ? "ok  " : "OVER"}  ${text}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
} catch (error) {
  console.error(`The startup bench could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await fake.stop();
  rmSync(work, { recursive: true, force: true });
}
