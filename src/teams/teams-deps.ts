import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../domain/calendar/clock.js";

/** What the Teams listeners need, passed down from boot (the same things the Slack app gets). */
export interface TeamsDeps {
  db: Database;
  settings: TeamSettings;
  clock: Clock;
  logger: { debug(...msg: unknown[]): void; info(...msg: unknown[]): void; warn(...msg: unknown[]): void; error(...msg: unknown[]): void };
}
