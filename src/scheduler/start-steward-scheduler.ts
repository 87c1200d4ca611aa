import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../domain/calendar/clock.js";
import { findNextDueMoment } from "../db/scheduler/find-next-due-moment.js";
import { createScheduler, type Scheduler } from "./create-scheduler.js";
import type { Job } from "./job.js";
import type { JobLogger } from "./job-logger.js";
import type { DeliveryPorts } from "../domain/deliveries/delivery-port.js";
import { createRemindersJob } from "./jobs/reminders-job.js";

export interface StewardSchedulerOptions {
  db: Database;
  settings: TeamSettings;
  logger: JobLogger;
  /** The platforms' delivery ports (src/slack/delivery, src/teams/delivery): the drain posts through them, the reminders job asks them for profile time zones. */
  ports: DeliveryPorts;
  /** Other capabilities' jobs (complaint escalation…), run at every tick after the reminders. */
  jobs?: readonly Job[];
  /** Production: start the every-minute tick on this clock. The console leaves it out and ticks through `advanceTo`. */
  clock?: Clock;
}

/**
 * The scheduler as `steward start` runs it: the reminders job plus the given jobs, the delivery drain
 * posting through the given ports, and — given a clock — a tick now and every 30 seconds.
 */
export function startStewardScheduler(options: StewardSchedulerOptions): Scheduler {
  const scheduler = createScheduler({
    db: options.db,
    settings: options.settings,
    logger: options.logger,
    ports: options.ports,
    jobs: [createRemindersJob({ ports: options.ports }), ...(options.jobs ?? [])],
    nextDueMoment: (after) => findNextDueMoment(options.db, after),
  });
  if (options.clock) scheduler.start(options.clock);
  return scheduler;
}
