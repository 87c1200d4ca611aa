import type { CasePause } from "./case-pause.js";
import type { SlaClock } from "./sla-clock.js";

/**
 * The moment at which `ms` of time counted by `clock` has passed since `start`, the pauses not counted;
 * null when an open pause stops the count before it is reached (the deadline is not known until the
 * customer replies).
 */
export function addCountedTime(start: Date, ms: number, clock: SlaClock, pauses: readonly CasePause[]): Date | null {
  let cursor = start;
  let remaining = ms;
  for (const pause of [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime())) {
    if (pause.to !== null && pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const due = clock.add(cursor, remaining);
      if (due <= pause.from) return due;
      remaining -= clock.between(cursor, pause.from);
    }
    if (pause.to === null) return null;
    cursor = pause.to;
  }
  return clock.add(cursor, remaining);
}
