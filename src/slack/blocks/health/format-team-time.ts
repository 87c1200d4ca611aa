import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** "2026-11-03 14:30" in the team's zone. */
export function formatTeamTime(at: Date, timeZone: string): string {
  return dayjs(at).tz(timeZone).format("YYYY-MM-DD HH:mm");
}
