import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { LocalDate } from "../calendar/local-date.js";
import { nextWorkingMoment } from "../calendar/next-working-moment.js";
import { parseTimeOfDay } from "../calendar/parse-time-of-day.js";
import { zonedTimeToUtc } from "../calendar/zoned-time-to-utc.js";

// Thousands of items share a few dates per zone: remembered per calendar (settings objects are not mutated),
// digest time and zone, keyed by date — nested maps spare building a combined key string per call.
type Remembered<V> = Map<string, V>;
const remembered = new WeakMap<CalendarSettings, Remembered<Remembered<Remembered<Date>>>>();

/** The morning-digest moment for an item dated `date` in `zone`: its digest time, or the next working moment after. */
export function digestMoment(date: LocalDate, zone: string, calendar: CalendarSettings, digestTime: string): Date {
  let byTime = remembered.get(calendar);
  if (!byTime) {
    byTime = new Map();
    remembered.set(calendar, byTime);
  }
  const byZone = within(byTime, digestTime);
  const byDate = within(byZone, zone);
  let moment = byDate.get(date);
  if (!moment) {
    if (byDate.size > 50_000) byDate.clear();
    moment = nextWorkingMoment(zonedTimeToUtc(date, parseTimeOfDay(digestTime), zone), zone, calendar);
    byDate.set(date, moment);
  }
  return moment;
}

function within<V>(map: Remembered<Remembered<V>>, key: string): Remembered<V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}
