import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { schedule, type ScheduledTask } from "node-cron";
import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../domain/calendar/clock.js";
import { createDeliveryDrain, type DrainReport } from "./delivery-drain.js";
import type { Job } from "./job.js";
import type { JobLogger } from "./job-logger.js";
import type { DeliveryPorts } from "../domain/deliveries/delivery-port.js";

export interface SchedulerOptions {
  db: Database;
  settings: TeamSettings;
  logger: JobLogger;
  /** Every capability's periodic work (reminders, complaint escalations…). */
  jobs: readonly Job[];
  /** The drain sends each row through the port of its recipient's platform. */
  ports: DeliveryPorts;
  /**
   * The earliest moment after the given one at which something stored falls due (a complaint timer, a
   * ledger row): `advanceTo` stops there, so each timer fires at its own minute, not at the next step.
   */
  nextDueMoment?: (after: Date) => Promise<Date | null>;
  /** Stop a drain from claiming more after this long (the next tick continues). */
  drainBudgetMs?: number;
  /** Production: seconds between job runs (node-cron); 30 unless a test needs it faster. */
  jobsEverySeconds?: number;
  /** Production: how long the delivery loop rests when the ledger had nothing to send. */
  drainIdleMs?: number;
}

export interface TickReport {
  at: Date;
  failedJobs: string[];
  drain: DrainReport;
}

export interface Scheduler {
  /** This process's name in the ledger's `claimed_by`. */
  readonly replicaId: string;
  /** Runs every job for `now`, then sends what the ledger holds due. Ticks of one process never overlap. */
  tick(now: Date): Promise<TickReport>;
  /**
   * Production: the jobs at once (catch-up after downtime), then every 30 seconds (node-cron); and,
   * apart from them, a delivery loop draining the ledger. A big batch draining under Slack's limits
   * therefore never delays a job: an escalation is decided at its tick, and its pings join the ledger.
   */
  start(clock: Clock): void;
  /**
   * The console's `:advance`: moves `clock` to `target` in steps, ticking at each, so everything due in
   * between fires at its own time. It stops at every moment `nextDueMoment` names (each complaint timer,
   * each ledger row) and at every half hour aligned with the digest time, which is each person's digest
   * minute in whole- and half-hour zones (quarter-hour zones such as Asia/Kathmandu see their digest up to
   * 15 minutes late in the console); a week is 336 ticks plus the timers, seconds of work.
   */
  advanceTo(target: Date, clock: SteppableClock): Promise<TickReport[]>;
  stop(): Promise<void>;
}

export interface SteppableClock extends Clock {
  advance(ms: number): Date;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, settings, logger, jobs } = options;
  const replicaId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const drain = createDeliveryDrain({
    db,
    ports: options.ports,
    settings: () => settings.reminders,
    logger,
    claimer: replicaId,
    budgetMs: options.drainBudgetMs,
  });
  const stepMs = 30 * 60_000;
  // A digest time such as 09:10 falls on :10 or :40 past the hour in every whole- and half-hour zone.
  const gridOffsetMs = (Number(settings.reminders.digestTime.slice(3, 5)) % 30) * 60_000;
  // Jobs and deliveries each run one at a time, but independently of each other.
  let jobsQueue: Promise<unknown> = Promise.resolve();
  let drainQueue: Promise<unknown> = Promise.resolve();
  let task: ScheduledTask | undefined;
  let deliveryLoop: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;

  const lastPeriod = new Map<string, number>();
  const isDue = (job: Job, now: Date) => {
    if (!job.everyMs) return true;
    const period = Math.floor(now.getTime() / job.everyMs);
    if (lastPeriod.get(job.name) === period) return false;
    lastPeriod.set(job.name, period);
    return true;
  };

  const runJobs = async (now: Date): Promise<string[]> => {
    const failedJobs: string[] = [];
    for (const job of jobs) {
      if (!isDue(job, now)) continue;
      try {
        await job.run(now, { db, settings, logger });
      } catch (error) {
        // One job's failure must not keep the others, or the ledger's sending, from running.
        failedJobs.push(job.name);
        logger.error(`job ${job.name} failed at ${now.toISOString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failedJobs;
  };

  const serial = <T>(queue: "jobs" | "drain", work: () => Promise<T>): Promise<T> => {
    const next = (queue === "jobs" ? jobsQueue : drainQueue).then(work);
    if (queue === "jobs") jobsQueue = next.catch(() => undefined);
    else drainQueue = next.catch(() => undefined);
    return next;
  };

  const tick = async (now: Date): Promise<TickReport> => {
    const failedJobs = await serial("jobs", () => runJobs(now));
    const report = await serial("drain", () => drain.drain(now));
    return { at: now, failedJobs, drain: report };
  };

  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const runDeliveryLoop = async (clock: Clock): Promise<void> => {
    while (!stopping) {
      let busy = false;
      try {
        const report = await serial("drain", () => drain.drain(clock.now()));
        busy = report.sent + report.recovered + report.postponed + report.failed > 0;
      } catch (error) {
        // The database away, say: the loop carries on; what is due stays in the ledger.
        logger.error(`delivery failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!busy && !stopping) await rest(options.drainIdleMs ?? 2_000);
    }
  };

  return {
    replicaId,
    tick,
    start(clock) {
      stopping = false;
      const runJobsNow = () =>
        serial("jobs", () => runJobs(clock.now()))
          .then(() => wake?.())
          .catch((error) => logger.error(`jobs failed: ${error instanceof Error ? error.message : String(error)}`));
      void runJobsNow();
      // Every 30 s rather than every minute: a complaint deadline that passes just after a tick is then
      // escalated within 30 s, leaving the rate-limited pings time to reach everyone within a minute.
      const every = options.jobsEverySeconds ?? 30;
      task = schedule(`*/${every} * * * * *`, runJobsNow, { noOverlap: true, name: `steward-scheduler-${replicaId}` });
      deliveryLoop = runDeliveryLoop(clock);
    },
    async advanceTo(target, clock) {
      const reports: TickReport[] = [];
      for (let current = clock.now(); current < target; current = clock.now()) {
        const boundary = (Math.floor((current.getTime() - gridOffsetMs) / stepMs) + 1) * stepMs + gridOffsetMs;
        const stored = (await options.nextDueMoment?.(current))?.getTime() ?? Infinity;
        const next = new Date(Math.min(boundary, stored, target.getTime()));
        clock.advance(next.getTime() - current.getTime());
        reports.push(await tick(next));
      }
      return reports;
    },
    async stop() {
      stopping = true;
      await task?.stop();
      await task?.destroy();
      task = undefined;
      wake?.();
      await deliveryLoop;
      deliveryLoop = undefined;
      await Promise.all([jobsQueue, drainQueue]);
    },
  };
}
