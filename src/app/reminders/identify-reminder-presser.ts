import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import { resolveTimeZone } from "../../domain/calendar/resolve-time-zone.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

export interface ReminderPresser {
  /** Null when the presser is not on the roster. */
  person: RosterPerson | null;
  /** The zone to show times in: theirs, else the team's. */
  zone: string;
}

/** The roster person pressing a reminder control, and the zone their answer speaks in. */
export async function identifyReminderPresser(db: Database, settings: TeamSettings, platform: Platform, externalId: string): Promise<ReminderPresser> {
  const person = await findPersonByIdentity(db, platform, externalId);
  return { person, zone: resolveTimeZone(person?.timeZone, null, settings.calendar.timeZone).zone };
}
