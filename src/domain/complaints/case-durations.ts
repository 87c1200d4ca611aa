import type { ComplaintCase } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { countedTimeBetween } from "./counted-time-between.js";
import { slaClock } from "./sla-clock.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

/**
 * How long a case took, on the clock its class is promised on (its tier-1 clock: urgent 24×7, general and
 * suggestion business hours by default) — the same arithmetic as its deadlines:
 * - `firstResponseMs`: opening to the first response, or to `asOf` while the customer still waits; it never
 *   pauses;
 * - `resolutionMs`: opening to the resolution (null when not resolved by `asOf`), the time spent waiting on
 *   the customer left out.
 */
export function caseDurations(
  complaint: ComplaintCase,
  asOf: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): { firstResponseMs: number; resolutionMs: number | null } {
  const clock = slaClock(settings.sla[complaint.class].tier1.clock, calendar.settings);
  const answered = complaint.firstResponseAt && complaint.firstResponseAt <= asOf ? complaint.firstResponseAt : asOf;
  const resolved = complaint.resolvedAt && complaint.resolvedAt <= asOf ? complaint.resolvedAt : null;
  const pauses = (complaint.pauses ?? []).filter((pause) => pause.from < asOf).map((pause) => (pause.to && pause.to <= asOf ? pause : { ...pause, to: asOf }));
  return {
    firstResponseMs: Math.max(0, clock.between(complaint.openedAt, answered)),
    resolutionMs: resolved ? Math.max(0, countedTimeBetween(complaint.openedAt, resolved, clock, pauses)) : null,
  };
}
