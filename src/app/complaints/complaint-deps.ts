import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";

/** What the complaint use cases need from boot (the Slack listeners' AppDeps and the jobs' context both fit). */
export interface ComplaintDeps {
  db: Database;
  settings: TeamSettings;
  logger: { warn(message: string, detail?: unknown): void };
}
