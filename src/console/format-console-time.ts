const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The console's clock as a person reads it: `Tue 2026-12-01 15:30 UTC` (no ISO `T…Z`). */
export function formatConsoleTime(at: Date): string {
  return `${WEEKDAYS[at.getUTCDay()]} ${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
