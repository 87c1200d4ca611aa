import type { SlaDeadline } from "./compute-sla-deadlines.js";

/**
 * The one clock a list line shows: a deadline passed and still not met, else the next one due, else a
 * deadline missed earlier; null when every clock was met.
 */
export function mostPressingDeadline(deadlines: readonly SlaDeadline[]): SlaDeadline | null {
  const byDue = [...deadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return (
    byDue.find((deadline) => deadline.state === "missed" && deadline.doneAt === null) ??
    byDue.find((deadline) => deadline.state === "running") ??
    byDue.find((deadline) => deadline.state === "missed") ??
    null
  );
}
