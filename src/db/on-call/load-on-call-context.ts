import type { ComplaintSettings } from "../../domain/complaints/complaint-settings.js";
import type { OnCallContext } from "../../domain/complaints/on-call/page-tier.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { Tx } from "../with-actor.js";
import { loadOnCall } from "./load-on-call.js";

/**
 * What every path that pages a tier needs (the timers, a manual escalation, the card's "waiting on"): the
 * rotations and overrides in force, the paging policy, and who is away. Nobody is away until absences are
 * recorded: this is the one place that reads them for paging.
 */
export async function loadOnCallContext(tx: Tx, settings: { complaints: ComplaintSettings; calendar: { timeZone: string } }, now: Date): Promise<OnCallContext<RosterPerson>> {
  const onCall = await loadOnCall(tx, settings.complaints.onCall, settings.calendar.timeZone, now);
  return { people: onCall.people, rotations: onCall.rotations, overrides: onCall.overrides, settings: settings.complaints.onCall, away: () => false };
}
