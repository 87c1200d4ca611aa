import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** "17:00" on `now`'s local day, "Mon 17:00" within the week ahead or behind, else "Mon 2026-12-14 17:00" (in `timeZone`). */
export function formatDueMoment(at: Date, now: Date, timeZone: string): string {
  const local = dayjs(at).tz(timeZone);
  const today = dayjs(now).tz(timeZone);
  if (local.format("YYYY-MM-DD") === today.format("YYYY-MM-DD")) return local.format("HH:mm");
  const days = Math.abs(local.startOf("day").diff(today.startOf("day"), "day"));
  return local.format(days < 7 ? "ddd HH:mm" : "ddd YYYY-MM-DD HH:mm");
}
