import { wallClock } from "../calendar/wall-clock.js";

/** "2026-11-03 14:30" in the team's zone. */
export function formatTeamTime(at: Date, timeZone: string): string {
  const { date, minuteOfDay } = wallClock(at, timeZone);
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, "0");
  const mm = String(minuteOfDay % 60).padStart(2, "0");
  return `${date} ${hh}:${mm}`;
}
