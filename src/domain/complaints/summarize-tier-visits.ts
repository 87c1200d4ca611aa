import type { ComplaintCase, EscalationTier } from "./complaint-case.js";
import type { ComplaintEventDraft } from "./complaint-event-draft.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import type { SlaStep } from "./compute-sla-deadlines.js";
import { computeSlaDeadlines } from "./compute-sla-deadlines.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

export interface TierVisit {
  tier: EscalationTier;
  since: Date;
  /** A deadline of this tier passed without its step (what SLA compliance counts). */
  breached: boolean;
}

/**
 * The tiers a case went through and whether each kept its SLA, as of `asOf`: a tier left by Steward's
 * automatic escalation breached; at tier 3 a repeated page is a breach; the tier holding the case now (or
 * the only one, for imported history without events) is judged from the case's timestamps.
 */
export function summarizeTierVisits(
  complaint: ComplaintCase,
  events: readonly ComplaintEventDraft[],
  asOf: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): TierVisit[] {
  const escalations = events
    .filter((event) => event.kind === "escalation" && event.fromTier !== null && event.toTier !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const visits: TierVisit[] = [];
  let current: { tier: EscalationTier; since: Date } = { tier: escalations[0]?.fromTier ?? 1, since: complaint.openedAt };
  for (const escalation of escalations) {
    visits.push({ ...current, breached: escalation.actor === "steward" });
    current = { tier: escalation.toTier!, since: escalation.at };
  }
  if (escalations.length === 0 && complaint.tier !== current.tier) {
    // Imported at a higher tier without its history: the lower tiers are known only to have been passed.
    for (let tier = 1; tier < complaint.tier; tier++) visits.push({ tier: tier as EscalationTier, since: complaint.openedAt, breached: false });
    current = { tier: complaint.tier, since: complaint.openedAt };
  }
  const repeatedPage = events.some((event) => event.kind === "page" && event.at >= current.since && current.tier === 3);
  visits.push({ ...current, breached: repeatedPage || lastVisitBreached(complaint, current.since, asOf, settings, calendar) });
  return visits;
}

function lastVisitBreached(
  complaint: ComplaintCase,
  since: Date,
  asOf: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): boolean {
  const resolvedAt = complaint.resolvedAt && complaint.resolvedAt <= asOf ? complaint.resolvedAt : null;
  const laterThan = (moment: Date | null) => (moment && moment >= since ? moment : null);
  const doneAt: Record<SlaStep, Date | null> = {
    // Imported history often records only the first response: it answered the customer too.
    acknowledge: laterThan(complaint.acknowledgedAt) ?? laterThan(complaint.firstResponseAt) ?? resolvedAt,
    firstResponse: complaint.firstResponseAt ?? resolvedAt,
    diagnosis: laterThan(complaint.lastUpdateAt) ?? resolvedAt,
    resolution: resolvedAt,
  };
  // Judge the visit's own deadlines, whatever the case's status is now.
  const asAtVisit: ComplaintCase = { ...complaint, status: "open", tierSince: since, firstResponseAt: null, lastUpdateAt: null };
  return computeSlaDeadlines(asAtVisit, settings, calendar).some((deadline) => {
    if (deadline.dueAt > asOf) return false;
    const done = doneAt[deadline.step];
    return done === null || done > deadline.dueAt;
  });
}
