import { addBusinessTime } from "../calendar/add-business-time.js";
import { businessTimeBetween } from "../calendar/business-time-between.js";
import type { CalendarSettings } from "../calendar/calendar-settings.js";

/**
 * How an SLA clock counts time (`complaints.sla.<class>.tier<N>.clock`): `24x7` — every hour of the
 * day; `business-hours` — only the team calendar's working hours on its working days (holidays excluded),
 * in its time zone.
 */
export type SlaClockKind = "24x7" | "business-hours";
export const SLA_CLOCK_KINDS: readonly SlaClockKind[] = ["24x7", "business-hours"];

/** One arithmetic for every view of a deadline: adding counted time, and measuring it. */
export interface SlaClock {
  kind: SlaClockKind;
  add(start: Date, ms: number): Date;
  between(from: Date, to: Date): number;
}

export function slaClock(kind: SlaClockKind, calendar: CalendarSettings): SlaClock {
  if (kind === "24x7") {
    return { kind, add: (start, ms) => new Date(start.getTime() + ms), between: (from, to) => to.getTime() - from.getTime() };
  }
  return { kind, add: (start, ms) => addBusinessTime(start, ms, calendar), between: (from, to) => businessTimeBetween(from, to, calendar) };
}
