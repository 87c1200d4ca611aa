import { actorOf } from "../../domain/roster/actor-of.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { insertAbsence } from "../../db/roster/insert-absence.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { lockPersonAbsences } from "../../db/roster/lock-person-absences.js";
import { withActor } from "../../db/with-actor.js";
import { wallClock } from "../../domain/calendar/wall-clock.js";
import type { AwayOutcome } from "../../domain/roster/absence/away-outcome.js";
import { checkAbsence } from "../../domain/roster/absence/check-absence.js";
import { AWAY_EXAMPLE, type AwayRequest } from "../../domain/roster/absence/parse-away-args.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { resolveAwayTarget, resolveTypedPerson } from "./resolve-away-target.js";

/**
 * `/customer away FROM..TO [deputy @x]`, for oneself or (admins) for someone else: checked against the
 * person's own calendar day and their other absences under the person's row lock, then recorded as
 * made by the asker (the audit log and `recorded_by` name them).
 */
export async function recordAbsence(
  db: Database,
  settings: TeamSettings,
  actor: RosterPerson | null,
  request: Extract<AwayRequest, { kind: "record" }>,
  now: Date,
): Promise<AwayOutcome> {
  const target = await resolveAwayTarget(db, actor, request.person, "record an absence for someone else", "/customer away @lukas 2026-12-20..2027-01-03 deputy @priya");
  if (!target.ok) return target.outcome;
  const { person, self } = target;
  let deputy = null;
  if (request.deputy) {
    const found = await resolveTypedPerson(db, request.deputy, "deputy", AWAY_EXAMPLE);
    if (!found.ok) return found.outcome;
    deputy = found.person;
  }
  const today = wallClock(now, person.timeZone ?? settings.calendar.timeZone).date;
  const draft = { personId: person.id, personName: person.name, self, from: request.from, to: request.to, deputyId: deputy?.id ?? null };
  return withActor(db, actorOf(actor!), async (tx) => {
    await lockPersonAbsences(tx, person.id);
    const problem = checkAbsence(draft, today, await loadAbsences(tx, today, person.id));
    if (problem) return { kind: "bad-input", problem } as const;
    const absence = await insertAbsence(tx, draft);
    return { kind: "recorded", person, absence, deputy, self } as const;
  });
}
