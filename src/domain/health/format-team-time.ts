import { formatTime } from "../calendar/format-time.js";

/** "2026-11-03 14:30" in the team's zone. */
export function formatTeamTime(at: Date, timeZone: string): string {
  return formatTime(at, timeZone, "stamp");
}
