import type { Database } from "../../db/database.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";

/** What the health use cases need besides their inputs: the database, the rubric and the team's time zone. */
export interface HealthDeps {
  db: Database;
  health: HealthSettings;
  timeZone: string;
}
