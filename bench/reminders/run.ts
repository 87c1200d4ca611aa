// Reminders bench (issue 5, Performance), ratios measured in one run on the PostgreSQL server:
//  1. Computing everything due at a given minute (Steward's reminder rules over 100,000 customers and
//     300,000 contacts: load + rules) against one hand-written SQL query selecting the same due items;
//     ≤ 3× and under 2 s. The two item sets must be equal. Prints items/s.
//  2. Three replicas draining 10,000 due messages against the stand-in Slack API, which answers 429
//     (Retry-After) to a second message within a second on one channel: 0 duplicates, 0 lost. Prints the
//     drain time against the rate-limit bound (messages per channel − 1 seconds).
// Run: npx tsx bench/reminders/run.ts   (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres)
// Exits 1 when a bound is exceeded or an item set differs.
// The V8 settings `steward` runs with (src/cli/main.ts), so the figures are production's.
import "../../src/cli/tune-v8.js";
import { cpus, loadavg } from "node:os";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { openDatabase } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { createDeliveryDrain } from "../../src/scheduler/delivery-drain.js";
import { type DeliveryRequest, enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { planReminders } from "../../src/app/reminders/plan-reminders.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { createScratchDatabase } from "../startup/scratch-database.js";
import { handWrittenDueQuery } from "./hand-written-due-query.js";
import { REMINDER_BENCH_SIZES, seedRemindersBench } from "./seed-reminders-bench.js";

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const AT = new Date("2026-11-24T01:00:00Z"); // Tuesday 09:00 in Shanghai
const RUNS = 3;
const RATIO_BOUND = 3;
const TIME_BOUND_MS = 2_000;
const DRAIN_MESSAGES = Number(process.env.BENCH_DRAIN_MESSAGES ?? 10_000);
const DRAIN_CHANNELS = Number(process.env.BENCH_DRAIN_CHANNELS ?? 500);
const quiet = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function computeBench(): Promise<boolean> {
  const url = await seedRemindersBench(ADMIN_URL, "steward_bench_reminders", (line) => console.log(line));
  const db = await openDatabase({ databaseUrl: url, dataDir: "memory://" });
  const settings = teamSettingsSchema.parse({});
  const query = handWrittenDueQuery(settings);
  try {
    const stewardMs: number[] = [];
    const sqlMs: number[] = [];
    let stewardKeys: string[] = [];
    let sqlKeys: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Interleaved, so both see the same machine load and cache state.
      let started = performance.now();
      const plan = await planReminders(db, settings, AT);
      stewardMs.push(performance.now() - started);
      stewardKeys = plan.due.map((item) => item.key).sort();
      started = performance.now();
      const rows = await db.session((s) => s.query<{ key: string }>(query.sql, query.params(AT)));
      sqlMs.push(performance.now() - started);
      sqlKeys = rows.map((row) => row.key).sort();
    }
    const same = stewardKeys.length === sqlKeys.length && stewardKeys.every((key, i) => key === sqlKeys[i]);
    const steward = median(stewardMs);
    const sql = median(sqlMs);
    const byRule = new Map<string, number>();
    for (const key of stewardKeys) byRule.set(key.split(":")[0]!, (byRule.get(key.split(":")[0]!) ?? 0) + 1);
    console.log(`\n1. Everything due at ${AT.toISOString()} — ${REMINDER_BENCH_SIZES.customers.toLocaleString("en")} customers, ${REMINDER_BENCH_SIZES.contacts.toLocaleString("en")} contacts`);
    console.log(`   due items: ${stewardKeys.length} (${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ")})`);
    console.log(`   Steward (load + rules), median of ${RUNS}: ${steward.toFixed(0)} ms  [${stewardMs.map((v) => v.toFixed(0)).join(", ")}]  → ${Math.round((stewardKeys.length / steward) * 1000).toLocaleString("en")} items/s, ${Math.round((REMINDER_BENCH_SIZES.customers / steward) * 1000).toLocaleString("en")} customers/s`);
    console.log(`   hand-written SQL, median of ${RUNS}:  ${sql.toFixed(0)} ms  [${sqlMs.map((v) => v.toFixed(0)).join(", ")}]`);
    console.log(`   ratio ${(steward / sql).toFixed(2)}× (bound ${RATIO_BOUND}×), ${steward.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms), item sets ${same ? "identical" : "DIFFER"}`);
    if (!same) {
      const s = new Set(stewardKeys);
      const q = new Set(sqlKeys);
      console.log(`   only Steward: ${stewardKeys.filter((k) => !q.has(k)).slice(0, 10).join(" ")}`);
      console.log(`   only SQL:     ${sqlKeys.filter((k) => !s.has(k)).slice(0, 10).join(" ")}`);
    }
    return same && steward / sql <= RATIO_BOUND && steward <= TIME_BOUND_MS;
  } finally {
    await db.close();
  }
}

async function drainBench(): Promise<boolean> {
  const scratch = await createScratchDatabase(ADMIN_URL, "steward_bench_drain");
  const fake = await new FakeSlackApi().start();
  fake.limitPostsPerChannel(1);
  const replicas = await Promise.all([0, 1, 2].map(() => openDatabase({ databaseUrl: scratch.url, dataDir: "memory://" })));
  try {
    const { migrate } = await import("../../src/db/migrate.js");
    await migrate(replicas[0]!);
    const perChannel = Math.ceil(DRAIN_MESSAGES / DRAIN_CHANNELS);
    const requests: DeliveryRequest[] = Array.from({ length: DRAIN_MESSAGES }, (_, i) => ({
      key: `assessment-schedule:channel-${i % DRAIN_CHANNELS}:item-${i}`,
      rule: "assessment-schedule",
      recipient: `C${String(i % DRAIN_CHANNELS).padStart(6, "0")}`,
      dueAt: AT,
      payload: { text: `Assessment schedule line ${i}` },
    }));
    await withActor(replicas[0]!, "steward", (tx) => enqueueDeliveries(tx, requests));
    const reminders = reminderSettingsSchema.parse({ delivery: { maxRecipientsInFlight: 200 } });
    const started = performance.now();
    const reports = await Promise.all(
      replicas.map((db, i) =>
        createDeliveryDrain({
          db,
          ports: { slack: createSlackDeliveryPort({ token: "xoxb-bench", slackApiUrl: fake.apiUrl }) },
          settings: () => reminders,
          logger: quiet,
          claimer: `bench-replica-${i}`,
          budgetMs: 600_000,
        }).drain(AT),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const posted = fake.callsTo("chat.postMessage").flatMap((call) => (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys);
    const unique = new Set(posted);
    const duplicates = posted.length - unique.size;
    const lost = requests.filter((r) => !unique.has(r.key)).length;
    const rateLimited = fake.callsTo("chat.postMessage:rate-limited").length;
    const sent = await replicas[0]!.prisma.delivery.count({ where: { status: "sent" } });
    const bound = perChannel - 1;
    console.log(`\n2. Three replicas draining ${DRAIN_MESSAGES.toLocaleString("en")} messages to ${DRAIN_CHANNELS} channels (${perChannel} each), Slack stand-in enforcing 1 msg/s/channel`);
    console.log(`   per replica sent: ${reports.map((r) => r.sent).join(" / ")}; recorded sent: ${sent}; duplicates ${duplicates}, lost ${lost}; 429s answered: ${rateLimited}`);
    console.log(`   drain time ${seconds.toFixed(1)} s against the rate-limit bound ${bound} s (${(seconds / bound).toFixed(2)}× the bound) → ${Math.round(DRAIN_MESSAGES / seconds)} msg/s`);
    return duplicates === 0 && lost === 0 && sent === DRAIN_MESSAGES;
  } finally {
    await Promise.all(replicas.map((db) => db.close()));
    await fake.stop();
    await scratch.drop();
  }
}

async function main(): Promise<number> {
  console.log(`Reminders bench — ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const computeOk = process.env.BENCH_SKIP_COMPUTE === "1" ? true : await computeBench();
  const drainOk = process.env.BENCH_SKIP_DRAIN === "1" ? true : await drainBench();
  console.log(`\n${computeOk && drainOk ? "PASS" : "FAIL"}`);
  return computeOk && drainOk ? 0 : 1;
}

process.exitCode = await main();
