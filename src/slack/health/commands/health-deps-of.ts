import type { HealthSettings } from "../../../domain/health/health-settings.js";
import type { AppDeps } from "../../app-deps.js";

/** The health rubric and the team's time zone, which every score needs. */
export function teamHealthSettings(deps: AppDeps): { health: HealthSettings; timeZone: string } {
  return { health: deps.settings.health, timeZone: deps.settings.calendar.timeZone };
}
