import type { CasePause } from "./case-pause.js";
import type { SlaClock } from "./sla-clock.js";

/** Time counted by `clock` from `from` to `to`, the pauses left out (negative when `to` is earlier). */
export function countedTimeBetween(from: Date, to: Date, clock: SlaClock, pauses: readonly CasePause[]): number {
  if (to < from) return -countedTimeBetween(to, from, clock, pauses);
  let total = clock.between(from, to);
  for (const pause of pauses) {
    const start = pause.from > from ? pause.from : from;
    const end = pause.to === null || pause.to > to ? to : pause.to;
    if (end > start) total -= clock.between(start, end);
  }
  return total;
}
