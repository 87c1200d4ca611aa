import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { loadPeopleByIds } from "../../db/roster/load-people-by-ids.js";
import { wallClock } from "../../domain/calendar/wall-clock.js";
import type { AwayOutcome } from "../../domain/roster/absence/away-outcome.js";
import { awayPeriods } from "../../domain/roster/absence/away-periods.js";
import type { AwayRequest } from "../../domain/roster/absence/parse-away-args.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { resolveAwayTarget } from "./resolve-away-target.js";

/** `/customer away` with no dates: the current and coming absences of the asker (admins: of anyone). */
export async function listAbsences(db: Database, settings: TeamSettings, actor: RosterPerson | null, request: Extract<AwayRequest, { kind: "list" }>, now: Date): Promise<AwayOutcome> {
  const target = await resolveAwayTarget(db, actor, request.person, "see someone else's absences", "/customer away @lukas");
  if (!target.ok) return target.outcome;
  const { person, self } = target;
  const today = wallClock(now, person.timeZone ?? settings.calendar.timeZone).date;
  const absences = awayPeriods(person.id, await loadAbsences(db.prisma, today, person.id));
  const deputies = await loadPeopleByIds(db, absences.flatMap((a) => (a.deputyId === null ? [] : [a.deputyId])));
  return { kind: "listed", person, today, self, absences: absences.map((absence) => ({ absence, deputy: deputies.get(absence.deputyId ?? -1) ?? null })) };
}
