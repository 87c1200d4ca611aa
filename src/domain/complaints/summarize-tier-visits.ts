import type { EscalationTier } from "./complaint-case.js";
import type { SlaDeadline } from "./compute-sla-deadlines.js";

export interface TierVisit {
  tier: EscalationTier;
  since: Date;
  /**
   * `missed`: a deadline of this visit was missed (stays so after the case is resolved); `met`: every
   * deadline that came was met (or handed on before it came); `running`: nothing missed yet but a clock
   * still runs or is paused (waiting on the customer) — not counted in compliance until it ends.
   */
  verdict: "met" | "missed" | "running";
}

/**
 * The tiers a case went through (each round of clocks: escalations and reopenings start new ones) and the
 * SLA verdict of each, from the same deadlines the card and the list show. A visit without any configured
 * deadline is left out: there was nothing to keep.
 */
export function summarizeTierVisits(deadlines: readonly SlaDeadline[]): TierVisit[] {
  const visits = new Map<number, { tier: EscalationTier; since: Date; states: SlaDeadline["state"][] }>();
  for (const deadline of deadlines) {
    const key = deadline.startsAt.getTime();
    const visit = visits.get(key) ?? { tier: deadline.tier, since: deadline.startsAt, states: [] };
    visit.states.push(deadline.state);
    visits.set(key, visit);
  }
  return [...visits.values()]
    .sort((a, b) => a.since.getTime() - b.since.getTime())
    .map(({ tier, since, states }) => ({
      tier,
      since,
      verdict: states.includes("missed") ? "missed" : states.includes("running") || states.includes("paused") ? "running" : "met",
    }));
}
