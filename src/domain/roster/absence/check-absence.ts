import { daysBetween } from "../../calendar/days-between.js";
import type { LocalDate } from "../../calendar/local-date.js";
import type { Absence } from "./absence.js";
import { AWAY_EXAMPLE, type AwayInputProblem } from "./parse-away-args.js";

/** An absence is at most this long: a longer one is a leaver, whose `active` flag says so. */
export const MAX_ABSENCE_DAYS = 366;

/**
 * Whether a new absence of one person makes sense: its last day not before its first, not over
 * already (by `today` in the person's zone), not longer than a year, not overlapping one of theirs,
 * and a deputy other than the person. Null when it is fine.
 */
export function checkAbsence(
  draft: { personId: number; personName: string; self: boolean; from: LocalDate; to: LocalDate; deputyId: number | null },
  today: LocalDate,
  existing: readonly Absence[],
): AwayInputProblem | null {
  const { from, to } = draft;
  if (to < from) return { field: "dates", problem: `the last day ${to} is before the first day ${from}`, example: AWAY_EXAMPLE };
  if (to < today) return { field: "dates", problem: `${from}..${to} is over already (it is ${today} for ${draft.self ? "you" : draft.personName}); record an absence that has not ended`, example: AWAY_EXAMPLE };
  const days = daysBetween(from, to) + 1;
  if (days > MAX_ABSENCE_DAYS) return { field: "dates", problem: `${from}..${to} is ${days} days; an absence is at most ${MAX_ABSENCE_DAYS}`, example: AWAY_EXAMPLE };
  if (draft.deputyId === draft.personId) return { field: "deputy", problem: `${draft.self ? "you cannot be your" : `${draft.personName} cannot be their`} own deputy; name someone who covers`, example: AWAY_EXAMPLE };
  const clash = existing.find((absence) => absence.personId === draft.personId && absence.from <= to && from <= absence.to);
  if (clash) {
    return {
      field: "dates",
      problem: `${from}..${to} overlaps ${draft.self ? "your" : `${draft.personName}'s`} absence ${clash.from}..${clash.to}; cancel that one first (/customer away cancel) or choose other dates`,
      example: AWAY_EXAMPLE,
    };
  }
  return null;
}
