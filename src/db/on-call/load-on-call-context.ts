import { addDays } from "../../domain/calendar/add-days.js";
import type { ComplaintSettings } from "../../domain/complaints/complaint-settings.js";
import type { OnCallContext } from "../../domain/complaints/on-call/page-tier.js";
import { isAway } from "../../domain/roster/absence/is-away.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { loadAbsences } from "../roster/load-absences.js";
import type { Tx } from "../with-actor.js";
import { loadOnCall } from "./load-on-call.js";

/**
 * What every path that pages a tier needs (the timers, a manual escalation, the card's "waiting on"): the
 * rotations and overrides in force, the paging policy, and who is away — judged by the date each person's
 * own zone shows (the team's when the roster has none), so an away holder hands the page to the next member.
 */
export async function loadOnCallContext(tx: Tx, settings: { complaints: ComplaintSettings; calendar: { timeZone: string } }, now: Date): Promise<OnCallContext<RosterPerson>> {
  const teamZone = settings.calendar.timeZone;
  const onCall = await loadOnCall(tx, settings.complaints.onCall, teamZone, now);
  // Two days back covers every zone's "today" at `now`; the pure rule decides.
  const absences = await loadAbsences(tx, addDays(now.toISOString().slice(0, 10), -2));
  const zoneOf = new Map(onCall.people.map((person) => [person.id, person.timeZone ?? teamZone]));
  return {
    people: onCall.people,
    rotations: onCall.rotations,
    overrides: onCall.overrides,
    settings: settings.complaints.onCall,
    away: (personId, at) => isAway({ id: personId, timeZone: zoneOf.get(personId) ?? teamZone }, absences, at),
  };
}
