import type { HealthDeps } from "../../app/health/health-deps.js";
import type { TeamsDeps } from "../teams-deps.js";

/** What the health use cases need from the Teams boot wiring: the database, the rubric, the team's zone. */
export function healthDepsOfTeams(deps: TeamsDeps): HealthDeps {
  return { db: deps.db, health: deps.settings.health, timeZone: deps.settings.calendar.timeZone };
}
