import { formatTime } from "../calendar/format-time.js";
import { wallClock } from "../calendar/wall-clock.js";

/** "14:02" when `at` falls on the same local day as `now`, else "2026-11-20 14:02" (in `timeZone`). */
export function formatMoment(at: Date, now: Date, timeZone: string): string {
  const sameDay = wallClock(at, timeZone).date === wallClock(now, timeZone).date;
  return formatTime(at, timeZone, sameDay ? "clock" : "stamp");
}
