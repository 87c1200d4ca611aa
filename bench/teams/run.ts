// Teams bench (issue 13, Performance), measured in one run on the PostgreSQL server: `customer score`
// typed in Teams — an authenticated activity to `/api/messages`, the card Steward posts back recorded by
// the stand-in Bot Connector — against `/customer score` through Bolt's HTTP path (a signed slash
// command, the reply posted to response_url), requests interleaved so both see the same machine, on the
// score bench's 20,000-customer roster. p99 of Teams ≤ 1.5× the Slack path's p99.
// Run: npm run bench:teams   (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres;
// BENCH_CUSTOMERS=500 seeds a scaled-down roster in its own database, to check the bench itself works)
// Exits 1 when the bound is exceeded.
// The V8 settings `steward` runs with (src/cli/main.ts), so the figures are production's.
import "../../src/cli/tune-v8.js";
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi, type RecordedCall } from "../../src/console/fake-slack-api.js";
import type { RecordedActivity } from "../../src/console/local-bot-connector.js";
import { startLocalSlack } from "../../src/console/start-local-slack.js";
import { LOCAL_TEAMS, startLocalTeams } from "../../src/console/start-local-teams.js";
import { openDatabase } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { AppDeps } from "../../src/slack/app-deps.js";
import { BENCH_SIZES, scaledBenchSizes, seedScoreBench } from "../score/seed-score-bench.js";
import { percentile } from "../support/percentile.js";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? BENCH_SIZES.customers);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
/** Rounds of REQUESTS each; the verdict uses the median round, every round is printed (2 shared cores are noisy). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = 50;
const P99_RATIO_BOUND = 1.5;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const AS_OF_CLOCK = new Date("2026-11-24T01:00:00Z");
/** The bench executive's AAD object id: the same person as `UBEXEC` on Slack, so both see every customer. */
const EXEC_AAD = "0b0b0b0b-0000-4000-8000-0000000be7ec";
const EXEC_CHAT = `a:${EXEC_AAD}`;

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<number> {
  console.log(`Teams bench — ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const full = CUSTOMERS === BENCH_SIZES.customers;
  const sizes = full ? BENCH_SIZES : scaledBenchSizes(CUSTOMERS);
  // The full roster is the score bench's own database (seeded once, shared); a scaled one gets its own.
  const url = await seedScoreBench(ADMIN_URL, full ? "steward_bench_score" : `steward_bench_score_${CUSTOMERS}`, (line) => console.log(line), sizes);
  const db = await openDatabase({ databaseUrl: url, dataDir: "memory://" });
  await withActor(db, "bench:teams", (tx) =>
    tx.$executeRaw`INSERT INTO person_identities (person_id, platform, external_id)
                   SELECT person_id, 'teams', ${EXEC_AAD} FROM person_identities WHERE platform = 'slack' AND external_id = 'UBEXEC'
                   ON CONFLICT DO NOTHING`,
  );
  const fake = await new FakeSlackApi().start();
  const deps: AppDeps = { db, settings: teamSettingsSchema.parse({}), clock: new ManualClock(AS_OF_CLOCK), logger: createLogger("error") };
  const slack = await startLocalSlack(deps, fake);
  const teams = await startLocalTeams(deps);
  let pendingTeams: ((recorded: RecordedActivity) => void) | undefined;
  teams.connector.onActivity((recorded) => {
    if (recorded.method === "POST" && recorded.conversationId === EXEC_CHAT) pendingTeams?.(recorded);
  });
  let failed = false;
  try {
    const slackReply = () =>
      new Promise<RecordedCall>((resolve) => {
        const onCall = (call: RecordedCall) => {
          if (call.method !== "response_url") return;
          fake.off("call", onCall);
          resolve(call);
        };
        fake.on("call", onCall);
      });
    const teamsReply = () => new Promise<RecordedActivity>((resolve) => (pendingTeams = resolve));
    const rounds: Array<{ slackP99: number; teamsP99: number; ratio: number }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const slackTimes: number[] = [];
      const teamsTimes: number[] = [];
      for (let i = 0; i < WARMUP + REQUESTS; i++) {
        const key = `C${String(1 + (((round * REQUESTS + i) * 7919) % sizes.customers)).padStart(5, "0")}`;
        // Slack: the signed slash command, until its reply reaches response_url.
        const inSlack = slackReply();
        let t0 = performance.now();
        await slack.client.command("/customer", `score ${key.toLowerCase()}`, { userId: "UBEXEC" });
        const call = await inSlack;
        const slackMs = performance.now() - t0;
        if (!String(call.args.text).startsWith(`${key} · `)) throw new Error(`the Slack reply for ${key} was not its score: ${String(call.args.text)}`);
        // Teams: the authenticated activity, until the card Steward posts back reaches the connector.
        const inTeams = teamsReply();
        t0 = performance.now();
        const sent = await teams.connector.send(teams.teams.messagesUrl, {
          type: "message",
          id: randomUUID(),
          text: `customer score ${key.toLowerCase()}`,
          from: { id: `29:${EXEC_AAD}`, aadObjectId: EXEC_AAD, name: "Bench Executive" },
          recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
          conversation: { id: EXEC_CHAT, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
          channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
        });
        if (sent.status !== 200) throw new Error(`/api/messages answered ${sent.status}: ${sent.body}`);
        const posted = await inTeams;
        const teamsMs = performance.now() - t0;
        const card = (posted.activity as { attachments?: { content: unknown }[] }).attachments?.[0]?.content;
        const first = firstText(card);
        if (!first.startsWith(`${key} · `)) throw new Error(`the Teams reply for ${key} was not its score: ${first}`);
        if (i >= WARMUP) {
          slackTimes.push(slackMs);
          teamsTimes.push(teamsMs);
        }
      }
      const slackP99 = percentile(slackTimes, 99);
      const teamsP99 = percentile(teamsTimes, 99);
      rounds.push({ slackP99, teamsP99, ratio: teamsP99 / slackP99 });
    }
    console.log(`\ncustomer score, ${ROUNDS} rounds of ${REQUESTS} sequential requests each way (${sizes.customers} customers, ${sizes.orders.toLocaleString("en")} orders):`);
    rounds.forEach((r, i) => console.log(`  round ${i + 1}: Slack (signed slash command) p99 ${ms(r.slackP99)} · Teams (/api/messages) p99 ${ms(r.teamsP99)} · ratio ${r.ratio.toFixed(2)}×`));
    const verdict = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)]!;
    console.log(`  median round: Slack p99 ${ms(verdict.slackP99)}, Teams p99 ${ms(verdict.teamsP99)}, ratio ${verdict.ratio.toFixed(2)}× (bound ${P99_RATIO_BOUND}×)`);
    if (!full) console.log(`  (a scaled-down roster of ${sizes.customers} customers: the issue's figure is the 20,000-customer run)`);
    if (verdict.ratio > P99_RATIO_BOUND) failed = true;
  } finally {
    await teams.stop();
    await slack.stop();
    await fake.stop();
    await db.close();
  }
  console.log(failed ? "\nFAIL: the bound was exceeded." : "\nPASS: the bound holds.");
  return failed ? 1 : 0;
}

/** A card's first TextBlock's text: the score report's headline (`C00042 · Customer 42 — …`). */
function firstText(value: unknown): string {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstText(item);
      if (found) return found;
    }
    return "";
  }
  if (!value || typeof value !== "object") return "";
  const object = value as Record<string, unknown>;
  if (object.type === "TextBlock" && typeof object.text === "string") return object.text;
  return firstText(Object.values(object));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
