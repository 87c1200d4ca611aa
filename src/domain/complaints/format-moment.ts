import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** "14:02" when `at` falls on the same local day as `now`, else "2026-11-20 14:02" (in `timeZone`). */
export function formatMoment(at: Date, now: Date, timeZone: string): string {
  const local = dayjs(at).tz(timeZone);
  const sameDay = local.format("YYYY-MM-DD") === dayjs(now).tz(timeZone).format("YYYY-MM-DD");
  return local.format(sameDay ? "HH:mm" : "YYYY-MM-DD HH:mm");
}
