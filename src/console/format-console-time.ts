import { formatTime } from "../domain/calendar/format-time.js";

/** The console's clock as a person reads it: `Tue 2026-12-01 15:30 UTC` (no ISO `T…Z`). */
export function formatConsoleTime(at: Date): string {
  return `${formatTime(at, "UTC", "weekday-stamp")} UTC`;
}
