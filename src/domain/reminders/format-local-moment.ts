import { wallClock } from "../calendar/wall-clock.js";
import { formatDay } from "./format-day.js";

/** `Tue 24 Nov 09:00` on the wall clock of `zone`. */
export function formatLocalMoment(instant: Date, zone: string): string {
  const here = wallClock(instant, zone);
  const hh = String(Math.floor(here.minuteOfDay / 60)).padStart(2, "0");
  const mm = String(here.minuteOfDay % 60).padStart(2, "0");
  return `${formatDay(here.date)} ${hh}:${mm}`;
}
