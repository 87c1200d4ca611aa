import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { JobLogger } from "./job-logger.js";

/**
 * What every scheduled job receives besides `now`. There is deliberately no clock here: `now` (the
 * tick's moment) is the only time a job may use, so the console's `:advance` and tests move it.
 * `settings` is the composed team settings (src/config); each job reads its own capability's part.
 * `logger` is satisfied by Bolt's Logger (the app's logger).
 */
export interface JobContext {
  db: Database;
  settings: TeamSettings;
  logger: JobLogger;
}

/**
 * A unit of periodic work run by the scheduler's tick. It evaluates what is due from the database at
 * `now` and records side effects in the delivery ledger (`enqueueDeliveries`); it never posts to a chat platform
 * itself, so replicas and restarts cannot double a message. It must be idempotent for a given `now`.
 */
export interface Job {
  name: string;
  /**
   * Run at most once per period of this length (aligned to the epoch, so replicas agree), however often
   * the scheduler ticks; every tick when absent.
   */
  everyMs?: number;
  run(now: Date, ctx: JobContext): Promise<void>;
}
