import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { describeSlaClock } from "./describe-sla-clock.js";

/**
 * The clocks a case shows (card, `/complaint show`): every clock of the tier holding it now, and of earlier
 * tiers those that were missed or still run (an unanswered customer) — a missed deadline never drops off,
 * not even once the case is resolved.
 */
export function slaClockLines(deadlines: readonly SlaDeadline[], now: Date): string[] {
  return deadlines
    .filter((deadline) => deadline.current || deadline.state === "missed" || deadline.state === "running")
    .map((deadline) => describeSlaClock(deadline, now));
}
