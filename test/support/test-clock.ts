import { ShiftedClock } from "../../src/domain/calendar/shifted-clock.js";

// An ordinary mid-month Wednesday morning: no first of the month, no DST switch, no weekend.
const DEFAULT_START = "2026-11-18T09:30:00Z";

/**
 * The instant this test run treats as "now" when it starts: STEWARD_TEST_TODAY (an ISO instant, or a
 * date meaning 09:30 UTC that day — the CI date matrix sets it), else a fixed ordinary weekday. Tests
 * never read the calendar day they run on.
 */
export function testStartTime(): Date {
  const given = process.env.STEWARD_TEST_TODAY;
  if (!given) return new Date(DEFAULT_START);
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(given) ? `${given}T09:30:00Z` : given);
  if (Number.isNaN(instant.getTime())) throw new Error(`STEWARD_TEST_TODAY: "${given}" is not an ISO date or instant, e.g. 2026-12-31 or 2026-03-29T00:30:00Z`);
  return instant;
}

/**
 * The clock of this test file's processes: it starts at testStartTime() and runs at the real pace,
 * so several `steward` processes started one after another share one timeline that never goes back.
 * Spawned processes receive its reading as STEWARD_START_TIME.
 */
export const testClock = new ShiftedClock(testStartTime());
