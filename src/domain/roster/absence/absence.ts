import type { Platform, PlatformIdentities } from "../platform-identity.js";
import type { LocalDate } from "../../calendar/local-date.js";

/**
 * A person away from `from` to `to`, both days included, as local dates in the person's own zone (a
 * holiday is days off where they live, not a UTC range). The deputy takes their reminders unless the
 * customer names a deputy owner.
 */
export interface Absence {
  id: number;
  personId: number;
  from: LocalDate;
  to: LocalDate;
  deputyId: number | null;
  /** Who recorded it: an actor name (actorOf: a bare Slack id, `teams:…`, `person:<id>`), `steward`, or `cli:<os user>`. */
  recordedBy: string;
  recordedAt: Date;
}

/** A person as the absence rules need them: who, how to reach them, and the zone their dates are in. */
export interface AbsentPerson {
  id: number;
  ids: PlatformIdentities;
  name: string;
  timeZone: string;
  /** Where their direct messages go when they are on both platforms (see addressOf). */
  preferredPlatform?: Platform;
}
