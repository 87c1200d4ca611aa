import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { describeSpan } from "./describe-span.js";
import { formatDueMoment } from "./format-due-moment.js";

const STEP_LABEL: Record<SlaDeadline["step"], string> = {
  acknowledge: "acknowledgement",
  firstResponse: "first response",
  diagnosis: "first diagnosis",
  resolution: "resolution",
};

/**
 * One SLA clock in words, from its state: "first response due in 1 h 12 min", "resolution overdue by 3 h",
 * "first response missed (took 1 d 2 h, due within 2 h) at tier 1", "acknowledgement missed (none within 2 h)
 * at tier 2" — an earlier tier's clock is named. Spans are the clock's counted time: on business hours,
 * working time ("first response due in 3 h working time, Mon 17:00"), and never the time paused.
 */
export function describeSlaClock(deadline: SlaDeadline, now: Date): string {
  return `${describeState(deadline, now)}${deadline.current ? "" : ` at tier ${deadline.tier}`}`;
}

function describeState(deadline: SlaDeadline, now: Date): string {
  const label = STEP_LABEL[deadline.step];
  switch (deadline.state) {
    case "met":
      return `${label} met`;
    case "pending":
      return `${label} handed on before its deadline`;
    case "running":
      return `${label} due in ${describeSpan(deadline.leftMs)}${business(deadline, now)}`;
    case "paused":
      return `${label} paused while waiting on the customer (${describeSpan(deadline.leftMs)}${deadline.clock === "business-hours" ? " working time" : ""} left)`;
    case "missed":
      if (deadline.doneAt) return `${label} missed (took ${describeSpan(deadline.tookMs ?? 0)}, due within ${deadline.within})`;
      // An earlier tier's step can no longer be taken there — except the first response, which the customer still awaits.
      if (deadline.current || deadline.step === "firstResponse") return `${label} overdue by ${describeSpan(-deadline.leftMs)}${business(deadline, now)}`;
      return `${label} missed (none within ${deadline.within})`;
  }
}

/** On business hours the span is working time: the card names the moment too, which the span alone hides. */
function business(deadline: SlaDeadline, now: Date): string {
  return deadline.clock === "business-hours" ? ` working time, ${formatDueMoment(deadline.dueAt, now, deadline.timeZone)}` : "";
}
