import type { CalendarSettings } from "../calendar/calendar-settings.js";
import { parseTimeOfDay } from "../calendar/parse-time-of-day.js";
import { parseSlaDuration } from "./parse-sla-duration.js";
import { slaClock, type SlaClock, type SlaClockKind } from "./sla-clock.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

type SlaDuration = { clock: SlaClock; ms: number; text: string };
// The timers judge thousands of cases per tick against a handful of configured durations: each is parsed
// once per calendar (settings objects are not mutated) and clock kind, not once per case and step.
const known = new WeakMap<CalendarSettings, Map<string, SlaDuration>>();

/**
 * A configured SLA duration on the clock it runs on: how much counted time it is, and how a card says it.
 * - `24x7`: `30m`, `2h`, `1d` (24 h) are elapsed time;
 * - `business-hours`: `30m`, `2h`, `24h` are working time (24 h are almost three working days), and a
 *   day (`1d`, like `1wd`) is one working day — the calendar's `workdayStart`–`workdayEnd` (09:00–18:00:
 *   9 h of working time) — so "1 day" means "by the same time on the next working day" (Friday 17:00 →
 *   Monday 17:00). That is why the defaults of business-hours classes say `1d`, not `24h`.
 * `Nwd` is always working days, on business hours: a working day is business time whatever the class's clock.
 */
export function slaDurationOn(value: string, kind: SlaClockKind, calendar: CalendarSettings): SlaDuration {
  let durations = known.get(calendar);
  if (!durations) {
    durations = new Map();
    known.set(calendar, durations);
  }
  const key = `${kind} ${value}`;
  let found = durations.get(key);
  if (!found) {
    found = durationOn(value, kind, calendar);
    durations.set(key, found);
  }
  return found;
}

function durationOn(value: string, kind: SlaClockKind, calendar: CalendarSettings): SlaDuration {
  const duration = parseSlaDuration(value);
  const workday = (parseTimeOfDay(calendar.workdayEnd) - parseTimeOfDay(calendar.workdayStart)) * 60_000;
  if (duration.kind === "workingDays") return { clock: slaClock("business-hours", calendar), ms: duration.days * workday, text: duration.text };
  if (kind === "24x7") return { clock: slaClock("24x7", calendar), ms: duration.ms, text: duration.text };
  const clock = slaClock("business-hours", calendar);
  if (duration.unit === "d") {
    const days = duration.ms / DAY_MS;
    return { clock, ms: days * workday, text: `${days} working day${days === 1 ? "" : "s"}` };
  }
  if (duration.unit === "h") {
    const hours = duration.ms / HOUR_MS;
    return { clock, ms: duration.ms, text: `${hours} working hour${hours === 1 ? "" : "s"}` };
  }
  return { clock, ms: duration.ms, text: `${duration.ms / 60_000} working min` };
}
