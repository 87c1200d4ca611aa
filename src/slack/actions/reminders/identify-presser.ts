import { findPersonByIdentity } from "../../../db/people/find-person-by-identity.js";
import { resolveTimeZone } from "../../../domain/calendar/resolve-time-zone.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import type { AppDeps } from "../../app-deps.js";

/** The roster person pressing a reminder button (null when not on the roster) and the zone to show times in: theirs, else the team's. */
export async function identifyPresser(deps: AppDeps, slackUserId: string): Promise<{ person: RosterPerson | null; zone: string }> {
  const person = await findPersonByIdentity(deps.db, "slack", slackUserId);
  return { person, zone: resolveTimeZone(person?.timeZone, null, deps.settings.calendar.timeZone).zone };
}
