import type { ComplaintCase, EscalationTier } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { computeSlaDeadlines, SLA_STEPS } from "./compute-sla-deadlines.js";
import { describeBreach } from "./describe-breach.js";
import { nextComplaintCheck } from "./next-complaint-check.js";
import { repeatPageDue } from "./repeat-page-due.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

export interface EscalationDecision {
  /** A deadline of a tier below the top passed: the case moves up one tier, made by Steward. */
  escalation: { toTier: EscalationTier; reason: string; breached: SlaDeadline } | null;
  /** Deadlines whose warning moment arrived: the holder is warned once each (one per due moment). */
  warnings: SlaDeadline[];
  /** At the top tier: deadlines that passed since the last look — the executives are told once each. */
  breaches: { deadline: SlaDeadline; reason: string }[];
  /** An unacknowledged tier-3 case of a paging class is paged again: page `number` of at most `cap`. */
  page: { number: number; final: boolean } | null;
  /** When to look again if nothing escalates (after an escalation the new tier's timers apply instead). */
  nextCheckAt: Date | null;
}

/**
 * What the scheduler must do for a case at `now`, given `handledUntil` (the stored `next_check_at`:
 * moments before it were handled by an earlier tick). Pure: the same inputs give the same decision, so
 * replicas that race agree, and the one whose conditional update loses simply does nothing. A warning or
 * a deadline counts from its exact moment, whenever the tick that notices it runs.
 */
export function decideEscalation(
  complaint: ComplaintCase,
  handledUntil: Date | null,
  now: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): EscalationDecision {
  const decision: EscalationDecision = { escalation: null, warnings: [], breaches: [], page: null, nextCheckAt: null };
  if (complaint.status === "resolved" || complaint.status === "closed") return decision;
  const from = handledUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  // The scheduler reads no timeline: these are the current tier's clocks, as every other view has them.
  const live = computeSlaDeadlines(complaint, [], now, settings, calendar).filter((deadline) => deadline.doneAt === null);
  const breached = live.filter((deadline) => deadline.state === "missed").sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

  if (complaint.tier < TOP_TIER && breached[0]) {
    const toTier = (complaint.tier + 1) as EscalationTier;
    decision.escalation = { toTier, reason: describeBreach(breached[0]), breached: breached[0] };
    return decision;
  }

  decision.warnings = oneWarningPerDueMoment(
    live.filter((deadline) => deadline.state === "running" && deadline.warnAt.getTime() >= from && deadline.warnAt <= now),
  );
  decision.breaches = breached
    .filter((deadline) => deadline.dueAt.getTime() >= from)
    .map((deadline) => ({ deadline, reason: describeBreach(deadline) }));
  decision.page = repeatPageDue(complaint, handledUntil, now, settings);
  decision.nextCheckAt = nextComplaintCheck(complaint, now, settings, calendar, live);
  return decision;
}

/**
 * Deadlines due at the same moment (urgent: acknowledgement and first response, both 2 h) make one
 * warning that says one thing: the step named first in `SLA_STEPS` — the first response also acknowledges.
 */
function oneWarningPerDueMoment(deadlines: readonly SlaDeadline[]): SlaDeadline[] {
  const byDue = new Map<number, SlaDeadline>();
  for (const deadline of [...deadlines].sort((a, b) => SLA_STEPS.indexOf(a.step) - SLA_STEPS.indexOf(b.step))) {
    if (!byDue.has(deadline.dueAt.getTime())) byDue.set(deadline.dueAt.getTime(), deadline);
  }
  return [...byDue.values()].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
