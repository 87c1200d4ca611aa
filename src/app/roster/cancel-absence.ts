import { actorOf } from "../../domain/roster/actor-of.js";
import { addressOf } from "../../domain/roster/address-of.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { bringForwardHeldReminders } from "../../db/roster/bring-forward-held-reminders.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { lockPersonAbsences } from "../../db/roster/lock-person-absences.js";
import { shortenAbsence } from "../../db/roster/shorten-absence.js";
import { withActor } from "../../db/with-actor.js";
import { addDays } from "../../domain/calendar/add-days.js";
import { wallClock } from "../../domain/calendar/wall-clock.js";
import type { AwayOutcome } from "../../domain/roster/absence/away-outcome.js";
import { awayPeriods } from "../../domain/roster/absence/away-periods.js";
import type { AwayRequest } from "../../domain/roster/absence/parse-away-args.js";
import { returnMoment } from "../../domain/roster/absence/return-moment.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { resolveAwayTarget } from "./resolve-away-target.js";

/**
 * `/customer away cancel [@person]`: the current absence ends yesterday (the person is back today), or
 * the next one, not started yet, is deleted. Reminders held for the return move to the new return.
 * The reply names the absence it cancelled, so a second cancel (which finds the next one) is visible.
 */
export async function cancelAbsence(db: Database, settings: TeamSettings, actor: RosterPerson | null, request: Extract<AwayRequest, { kind: "cancel" }>, now: Date): Promise<AwayOutcome> {
  const target = await resolveAwayTarget(db, actor, request.person, "cancel someone else's absence", "/customer away cancel @lukas");
  if (!target.ok) return target.outcome;
  const { person, self } = target;
  const zone = person.timeZone ?? settings.calendar.timeZone;
  const today = wallClock(now, zone).date;
  const { calendar, reminders } = settings;
  return withActor(db, actorOf(actor!), async (tx) => {
    await lockPersonAbsences(tx, person.id);
    const all = await loadAbsences(tx, today, person.id);
    const absence = awayPeriods(person.id, all)[0];
    if (!absence) return { kind: "nothing-to-cancel", person, self } as const;
    const heldUntil = returnMoment(absence, all, zone, calendar, reminders.digestTime);
    const endedOn = absence.from < today ? addDays(today, -1) : null;
    await shortenAbsence(tx, absence.id, endedOn);
    const rest = all.filter((a) => a.id !== absence.id);
    const back = endedOn ? returnMoment({ ...absence, to: endedOn }, rest, zone, calendar, reminders.digestTime) : now;
    await bringForwardHeldReminders(tx, addressOf(person) ?? "", heldUntil, back.getTime() < now.getTime() ? now : back);
    return { kind: "cancelled", person, absence, endedOn, self } as const;
  });
}
