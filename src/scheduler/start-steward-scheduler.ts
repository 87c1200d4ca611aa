import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../domain/calendar/clock.js";
import { findNextDueMoment } from "../db/scheduler/find-next-due-moment.js";
import { createScheduler, type Scheduler } from "./create-scheduler.js";
import type { Job } from "./job.js";
import type { JobLogger } from "./job-logger.js";
import { createRemindersJob } from "./reminders/create-reminders-job.js";
import { createSlackDeliveryPort } from "./slack-delivery-port.js";

export interface StewardSchedulerOptions {
  db: Database;
  settings: TeamSettings;
  logger: JobLogger;
  /** The bot token the drain posts with. */
  botToken: string;
  /** The Web API base URL (the local stand-in's in the console); Slack's when omitted. */
  slackApiUrl?: string;
  /** Other capabilities' jobs (complaint escalation…), run at every tick after the reminders. */
  jobs?: readonly Job[];
  /** Production: start the every-minute tick on this clock. The console leaves it out and ticks through `advanceTo`. */
  clock?: Clock;
}

/**
 * The scheduler as `steward start` runs it: the reminders job plus the given jobs, the delivery drain
 * posting with its own Web API client, and — given a clock — a tick now and every 30 seconds.
 */
export function startStewardScheduler(options: StewardSchedulerOptions): Scheduler {
  const slack = createSlackDeliveryPort({ token: options.botToken, slackApiUrl: options.slackApiUrl });
  const scheduler = createScheduler({
    db: options.db,
    settings: options.settings,
    logger: options.logger,
    slack,
    jobs: [createRemindersJob({ lookupZone: (userId) => slack.userTimeZone(userId) }), ...(options.jobs ?? [])],
    nextDueMoment: (after) => findNextDueMoment(options.db, after),
  });
  if (options.clock) scheduler.start(options.clock);
  return scheduler;
}
