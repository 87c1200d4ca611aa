import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { ComplaintFact } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

const AWAITING = "awaiting the customer's confirmation";

/**
 * Risk control from the complaints of the window and those still not closed at the evaluation date.
 * Only a complaint the customer confirmed closed counts as resolved for the rubric; one resolved but
 * not confirmed still scores as unresolved, and its evidence says exactly that.
 */
export function scoreRisk(complaints: ComplaintFact[], settings: HealthSettings): DimensionEvaluation {
  const rules = settings.risk;
  const counted = complaints.filter((complaint) => rules.countedClasses.includes(complaint.class));
  const ignored = complaints.length - counted.length;
  const aside = ignored > 0 ? ` (${ignored} suggestion${ignored === 1 ? "" : "s"} not counted)` : "";
  if (counted.length === 0) return { computed: rules.none, evidence: `no complaints${aside}`, missing: [] };
  if (counted.length === 1) {
    const only = counted[0]!;
    const computed = only.confirmedOn && only.class !== "urgent" ? rules.oneMinorResolved : rules.oneUnresolvedOrUrgent;
    return { computed, evidence: `1 ${only.class} complaint${describeOne(only)}${aside}`, missing: [] };
  }
  const open = counted.filter((complaint) => !complaint.resolvedOn);
  const awaiting = counted.filter((complaint) => complaint.resolvedOn && !complaint.confirmedOn).length;
  const closed = counted.length - open.length - awaiting;
  const urgent = counted.filter((complaint) => complaint.class === "urgent").length;
  // The facts come oldest first, so the first open one is the one waiting longest.
  const details = [
    ...(open.length === 1 ? [`1 open since ${open[0]!.openedOn}`] : []),
    ...(open.length > 1 ? [`${open.length} open, oldest since ${open[0]!.openedOn}`] : []),
    ...(awaiting > 0 ? [`${awaiting} resolved, ${AWAITING}`] : []),
    ...(closed > 0 ? [`${closed} closed`] : []),
    ...(urgent > 0 ? [`${urgent} urgent`] : []),
  ];
  return { computed: rules.several, evidence: `${counted.length} complaints (${details.join("; ")})${aside}`, missing: [] };
}

function describeOne(complaint: ComplaintFact): string {
  const ref = complaint.ref ? ` (${complaint.ref})` : "";
  if (!complaint.resolvedOn) return `${ref}, open since ${complaint.openedOn}`;
  const opened = ` (${complaint.ref ? `${complaint.ref}, ` : ""}opened ${complaint.openedOn})`;
  return complaint.confirmedOn
    ? `${opened}, resolved ${complaint.resolvedOn}`
    : `${opened}, resolved ${complaint.resolvedOn}, ${AWAITING}`;
}
