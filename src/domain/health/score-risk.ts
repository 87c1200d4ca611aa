import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { ComplaintFact } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/** Risk control from the complaints opened in the window, their urgency and whether they were resolved. */
export function scoreRisk(complaints: ComplaintFact[], settings: HealthSettings): DimensionEvaluation {
  const rules = settings.risk;
  const counted = complaints.filter((complaint) => rules.countedClasses.includes(complaint.class));
  const ignored = complaints.length - counted.length;
  const aside = ignored > 0 ? ` (${ignored} suggestion${ignored === 1 ? "" : "s"} not counted)` : "";
  if (counted.length === 0) return { computed: rules.none, evidence: `no complaints${aside}`, missing: [] };
  if (counted.length === 1) {
    const only = counted[0]!;
    const name = only.ref ? `${only.ref}, ` : "";
    if (only.resolvedOn && only.class !== "urgent") {
      return {
        computed: rules.oneMinorResolved,
        evidence: `1 ${only.class} complaint (${name}opened ${only.openedOn}), resolved ${only.resolvedOn}${aside}`,
        missing: [],
      };
    }
    const state = only.resolvedOn ? `resolved ${only.resolvedOn}` : "unresolved";
    return {
      computed: rules.oneUnresolvedOrUrgent,
      evidence: `1 ${only.class} complaint (${name}opened ${only.openedOn}), ${state}${aside}`,
      missing: [],
    };
  }
  const open = counted.filter((complaint) => !complaint.resolvedOn).length;
  const urgent = counted.filter((complaint) => complaint.class === "urgent").length;
  const details = [open > 0 ? `${open} unresolved` : "all resolved", ...(urgent > 0 ? [`${urgent} urgent`] : [])];
  return { computed: rules.several, evidence: `${counted.length} complaints (${details.join(", ")})${aside}`, missing: [] };
}
