import type { HealthDeps } from "../../../app/health/health-deps.js";
import type { AppDeps } from "../../app-deps.js";

/** What the health use cases need from the app's boot wiring: the database, the rubric, the team's zone. */
export function healthDepsOf(deps: AppDeps): HealthDeps {
  return { db: deps.db, health: deps.settings.health, timeZone: deps.settings.calendar.timeZone };
}
