import type { LocalDate } from "../calendar/local-date.js";
import { wallClock } from "../calendar/wall-clock.js";

/** The date a person in `zone` sees at `now`. */
export function localToday(now: Date, zone: string): LocalDate {
  return wallClock(now, zone).date;
}
