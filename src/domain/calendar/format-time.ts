import { formatDay } from "./format-day.js";
import { wallClock } from "./wall-clock.js";

/**
 * How an instant reads in what Steward says, on the wall clock of a zone:
 * - `clock` — `09:00` (a time on a day the reader already knows);
 * - `stamp` — `2026-11-24 09:00` (logs of interactions, case timelines);
 * - `moment` — `Tue 24 Nov 09:00` (reminders: when it was due, until when snoozed);
 * - `weekday-stamp` — `Tue 2026-11-24 09:00` (the console's clock).
 */
export type TimeStyle = "clock" | "stamp" | "moment" | "weekday-stamp";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The one formatter of instants: messages, answers and the console show times through it. */
export function formatTime(at: Date, zone: string, style: TimeStyle): string {
  const { date, minuteOfDay } = wallClock(at, zone);
  const clock = `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
  switch (style) {
    case "clock":
      return clock;
    case "stamp":
      return `${date} ${clock}`;
    case "moment":
      return `${formatDay(date)} ${clock}`;
    case "weekday-stamp":
      return `${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]} ${date} ${clock}`;
  }
}
