import { findPersonBySlackId } from "../../../db/people/find-person-by-slack-id.js";
import { resolveTimeZone } from "../../../domain/calendar/resolve-time-zone.js";
import type { AppDeps } from "../../app-deps.js";

/** The zone to show times in, and to snooze by, for the person pressing: roster, else the team's. */
export async function presserTimeZone(deps: AppDeps, slackUserId: string): Promise<string> {
  const person = await findPersonBySlackId(deps.db, slackUserId);
  return resolveTimeZone(person?.timeZone, null, deps.settings.calendar.timeZone).zone;
}
