// One Steward replica as `steward start` runs its scheduler: the jobs every 30 s and, apart from them,
// the delivery loop (src/scheduler/create-scheduler.ts), on the wall clock, until SIGTERM. For the
// "breach while 10,000 reminders drain" run of bench/complaints/run.ts. Built modules (dist/).
// Usage: node draining-replica.mjs <databaseUrl> <slackApiUrl>
import { teamSettingsSchema } from "../../dist/config/team-settings.js";
import { openDatabase } from "../../dist/db/database.js";
import { systemClock } from "../../dist/domain/calendar/clock.js";
import { createScheduler } from "../../dist/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../dist/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../dist/slack/delivery/slack-delivery-port.js";

const [databaseUrl, slackApiUrl] = process.argv.slice(2);
const logger = { info: () => undefined, warn: (m) => process.stderr.write(`warn ${m}\n`), error: (m) => process.stderr.write(`error ${m}\n`) };
const db = await openDatabase({ databaseUrl, dataDir: "memory://", poolSize: 6 });
const scheduler = createScheduler({
  db,
  settings: teamSettingsSchema.parse({ reminders: { delivery: { maxRecipientsInFlight: 200 } } }),
  logger,
  jobs: [complaintEscalationJob({ batchSize: 50 })],
  ports: { slack: createSlackDeliveryPort({ token: "xoxb-replica", slackApiUrl }) },
});
scheduler.start(systemClock);
process.stdout.write("started\n");
process.on("SIGTERM", async () => {
  await scheduler.stop();
  await db.close();
  process.exit(0);
});
