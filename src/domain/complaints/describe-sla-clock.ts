import type { SlaDeadline } from "./compute-sla-deadlines.js";

const STEP_LABEL: Record<SlaDeadline["step"], string> = {
  acknowledge: "acknowledgement",
  firstResponse: "first response",
  diagnosis: "first diagnosis",
  resolution: "resolution",
};

/** A live SLA clock for the card: "first response due in 1 h 12 min", "resolution overdue by 3 h", "acknowledgement met". */
export function describeSlaClock(deadline: SlaDeadline, now: Date): string {
  const label = STEP_LABEL[deadline.step];
  if (deadline.met) return `${label} met`;
  const left = deadline.dueAt.getTime() - now.getTime();
  return left > 0 ? `${label} due in ${describeSpan(left)}` : `${label} overdue by ${describeSpan(-left)}`;
}

/** Whole minutes, rounded up while due so "due in 0 min" never shows before the deadline. */
function describeSpan(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean);
  return parts.slice(0, 2).join(" ");
}
