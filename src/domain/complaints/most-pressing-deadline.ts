import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { SLA_STEPS } from "./compute-sla-deadlines.js";

/**
 * The one clock a list line shows: a passed deadline whose step can still be taken (the current tier's,
 * or a first response the customer still awaits), else the next one due, else a deadline missed earlier
 * (the first response before the others); null when every clock was met.
 */
export function mostPressingDeadline(deadlines: readonly SlaDeadline[]): SlaDeadline | null {
  const byDue = [...deadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const missed = byDue.filter((deadline) => deadline.state === "missed");
  return (
    missed.find((deadline) => deadline.doneAt === null && (deadline.current || deadline.step === "firstResponse")) ??
    byDue.find((deadline) => deadline.state === "running") ??
    missed.sort((a, b) => SLA_STEPS.indexOf(a.step) - SLA_STEPS.indexOf(b.step))[0] ??
    null
  );
}
