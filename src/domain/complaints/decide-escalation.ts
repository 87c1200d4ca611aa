import type { ComplaintCase, EscalationTier } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { computeSlaDeadlines } from "./compute-sla-deadlines.js";
import { describeBreach } from "./describe-breach.js";
import { isAwaitingAcknowledgement } from "./is-awaiting-acknowledgement.js";
import { nextComplaintCheck } from "./next-complaint-check.js";
import { repeatPageInterval } from "./repeat-page-interval.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

export interface EscalationDecision {
  /** A deadline of a tier below the top passed: the case moves up one tier, made by Steward. */
  escalation: { toTier: EscalationTier; reason: string; breached: SlaDeadline } | null;
  /** Deadlines whose warning moment arrived: the current holder is warned. */
  warnings: SlaDeadline[];
  /** At the top tier: a deadline passed or the page is still unacknowledged: the executives are paged. */
  page: { number: number; reason: string } | null;
  /** When to look again if nothing escalates (after an escalation the new tier's timers apply instead). */
  nextCheckAt: Date | null;
}

/**
 * What the scheduler must do for a case at `now`, given `handledUntil` (the stored `next_check_at`:
 * moments before it were handled by an earlier tick). Pure: the same inputs give the same decision, so
 * replicas that race agree, and the one whose conditional update loses simply does nothing.
 */
export function decideEscalation(
  complaint: ComplaintCase,
  handledUntil: Date | null,
  now: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): EscalationDecision {
  const decision: EscalationDecision = { escalation: null, warnings: [], page: null, nextCheckAt: null };
  if (complaint.status === "resolved" || complaint.status === "closed") return decision;
  const from = handledUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  const pending = computeSlaDeadlines(complaint, settings, calendar).filter((deadline) => !deadline.met);
  const breached = pending
    .filter((deadline) => deadline.dueAt <= now)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());

  if (complaint.tier < TOP_TIER && breached[0]) {
    const toTier = (complaint.tier + 1) as EscalationTier;
    decision.escalation = { toTier, reason: describeBreach(breached[0]), breached: breached[0] };
    return decision;
  }

  decision.warnings = pending.filter(
    (deadline) => deadline.warnAt.getTime() >= from && deadline.warnAt <= now && deadline.dueAt > now,
  );
  const newlyBreached = breached.filter((deadline) => deadline.dueAt.getTime() >= from);
  const reasons = newlyBreached.map(describeBreach);
  let pageNumber = 0;
  if (complaint.tier === TOP_TIER && isAwaitingAcknowledgement(complaint)) {
    const interval = repeatPageInterval(settings);
    const repeats = Math.floor((now.getTime() - complaint.tierSince.getTime()) / interval);
    if (repeats >= 1 && complaint.tierSince.getTime() + repeats * interval >= from) {
      // Page 1 went out with the escalation itself; repeats are pages 2, 3, …
      pageNumber = repeats + 1;
      reasons.push(`tier 3 page not acknowledged (page ${pageNumber})`);
    }
  }
  if (reasons.length > 0) decision.page = { number: pageNumber, reason: reasons.join("; ") };
  decision.nextCheckAt = nextComplaintCheck(complaint, now, settings, calendar, pending);
  return decision;
}
