import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { LocalDate } from "../calendar/local-date.js";
import { nextWorkingMoment } from "../calendar/next-working-moment.js";
import { parseTimeOfDay } from "../calendar/parse-time-of-day.js";
import { zonedTimeToUtc } from "../calendar/zoned-time-to-utc.js";

// Thousands of items share a few dates per zone: remembered per calendar (settings objects are not mutated).
const remembered = new WeakMap<CalendarSettings, Map<string, Date>>();

/** The morning-digest moment for an item dated `date` in `zone`: its digest time, or the next working moment after. */
export function digestMoment(date: LocalDate, zone: string, calendar: CalendarSettings, digestTime: string): Date {
  let cache = remembered.get(calendar);
  if (!cache) {
    cache = new Map();
    remembered.set(calendar, cache);
  }
  const key = `${zone}|${date}|${digestTime}`;
  let moment = cache.get(key);
  if (!moment) {
    if (cache.size > 50_000) cache.clear();
    moment = nextWorkingMoment(zonedTimeToUtc(date, parseTimeOfDay(digestTime), zone), zone, calendar);
    cache.set(key, moment);
  }
  return moment;
}
