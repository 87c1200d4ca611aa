import { type LocalDate, parseLocalDate } from "./local-date.js";
import { wallClock } from "./wall-clock.js";

const DAY_MS = 86_400_000;

/**
 * The instant at which a wall clock in `zone` shows `date` at `minuteOfDay`. A time skipped by a
 * daylight-saving jump (02:30 on a spring-forward night) moves forward by the jump (03:30); a time
 * that occurs twice (autumn) is its first occurrence.
 */
export function zonedTimeToUtc(date: LocalDate, minuteOfDay: number, zone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const local = Date.UTC(year, month - 1, day) + minuteOfDay * 60_000;
  const offsetBefore = wallClock(new Date(local - DAY_MS), zone).offsetMinutes;
  const offsetAfter = wallClock(new Date(local + DAY_MS), zone).offsetMinutes;
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => local - offset * 60_000)
    .filter((candidate) => {
      const seen = wallClock(new Date(candidate), zone);
      return seen.date === date && seen.minuteOfDay === minuteOfDay;
    });
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(local - offsetBefore * 60_000);
}
