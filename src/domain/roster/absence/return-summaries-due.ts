import { addDays } from "../../calendar/add-days.js";
import type { CalendarSettings } from "../../calendar/calendar-settings.js";
import { zonedTimeToUtc } from "../../calendar/zoned-time-to-utc.js";
import type { Absence, AbsentPerson } from "./absence.js";
import { returnMoment } from "./return-moment.js";

export interface DueReturnSummary {
  /** The ledger key: one summary per absence, whatever restarts and replicas do. */
  key: string;
  absence: Absence;
  person: AbsentPerson;
  /** The first day away (of the whole run of absences) and its start: the summary covers from then to `back`. */
  firstDay: string;
  awayFrom: Date;
  back: Date;
}

/**
 * The return summaries whose moment has come at `now`: the person's first working day back, at the
 * digest time in their zone, no longer ago than `catchUpDays` (an absence imported long after it ended
 * gets none). An absence that runs into another one is summarised when the last one ends, by the
 * absence the person returns from; the earlier one gets none of its own.
 */
export function returnSummariesDue(
  absences: readonly Absence[],
  people: ReadonlyMap<number, AbsentPerson>,
  now: Date,
  calendar: CalendarSettings,
  digestTime: string,
  catchUpDays: number,
): DueReturnSummary[] {
  const due: DueReturnSummary[] = [];
  for (const absence of absences) {
    const person = people.get(absence.personId);
    if (!person) continue;
    const back = returnMoment(absence, absences, person.timeZone, calendar, digestTime);
    // Not the last of a chain: the later absence's summary covers the whole time away.
    if (back.getTime() !== returnMoment(absence, [], person.timeZone, calendar, digestTime).getTime()) continue;
    if (back.getTime() > now.getTime() || now.getTime() - back.getTime() > catchUpDays * 86_400_000) continue;
    const first = chainStart(absence, absences);
    due.push({ key: `return-summary:absence-${absence.id}:${absence.to}`, absence, person, firstDay: first, awayFrom: zonedTimeToUtc(first, 0, person.timeZone), back });
  }
  return due;
}

/** The first day of the run of absences that ends with `absence` (each starting by the day after the one before). */
function chainStart(absence: Absence, absences: readonly Absence[]): string {
  let from = absence.from;
  for (let guard = 0; guard < absences.length; guard += 1) {
    const before = absences.find((other) => other.personId === absence.personId && other.from < from && other.to >= addDays(from, -1));
    if (!before) break;
    from = before.from;
  }
  return from;
}

