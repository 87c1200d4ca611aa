import type { Logger } from "@slack/bolt";
import type { TeamSettings } from "../config/team-settings.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../domain/calendar/clock.js";

/** What every listener needs, passed down from boot (never imported as globals). */
export interface AppDeps {
  db: Database;
  settings: TeamSettings;
  clock: Clock;
  logger: Logger;
}
