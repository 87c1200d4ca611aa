// One Steward replica's scheduler tick, as a separate process: the built modules (dist/, `npm run build`;
// `npm test` builds first) against a shared PostgreSQL database and the stand-in Slack API, ticking at a
// chosen moment: the latency bench (bench/complaints/run.ts) needs every replica to tick right at the breach,
// which real `steward start` processes (tested in test/complaints/three-replicas.test.ts) do only on the minute.
// Usage: node complaint-replica.mjs <databaseUrl> <slackApiUrl> <breachIso> <settingsJson>
//   waits for that wall-clock moment, then ticks at the real time.
import { teamSettingsSchema } from "../../dist/config/team-settings.js";
import { openDatabase } from "../../dist/db/database.js";
import { createScheduler } from "../../dist/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../dist/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../dist/slack/delivery/slack-delivery-port.js";

const [databaseUrl, slackApiUrl, breachAt, settingsJson] = process.argv.slice(2);
const logger = { info: () => undefined, warn: (m) => process.stderr.write(`warn ${m}\n`), error: (m) => process.stderr.write(`error ${m}\n`) };
const db = await openDatabase({ databaseUrl, dataDir: "memory://", poolSize: 4 });
const scheduler = createScheduler({
  db,
  settings: teamSettingsSchema.parse(JSON.parse(settingsJson)),
  logger,
  jobs: [complaintEscalationJob({ batchSize: 50 })],
  ports: { slack: createSlackDeliveryPort({ token: "xoxb-replica", slackApiUrl }) },
});
const wait = new Date(breachAt).getTime() - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const now = new Date();
const started = performance.now();
const report = await scheduler.tick(now);
process.stdout.write(JSON.stringify({ ...report, ms: Math.round(performance.now() - started) }));
await scheduler.stop();
await db.close();
