import type { CustomerHealthReport } from "../../domain/health/customer-health-report.js";
import type { HealthScore } from "../../domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";

/** `steward score --json`: the same result as the slash command, for scripts. */
export function scoreReportJson(customer: CustomerProfile, score: HealthScore, report?: CustomerHealthReport) {
  return {
    customer: customer.key,
    name: customer.name,
    at: score.asOf,
    composite: score.composite,
    grade: score.grade?.name ?? null,
    provisional: score.provisional,
    available: score.available,
    dimensions: score.dimensions.map((d) => ({
      name: d.key,
      label: d.label,
      weight: d.weight,
      score: d.score,
      computed: d.computed,
      override: d.override && { score: d.override.score, reason: d.override.reason, author: d.override.author, on: d.override.on },
      evidence: d.evidence,
      missing: d.missing,
    })),
    strategy: score.grade?.strategy ?? null,
    keyProblems: score.keyProblems,
    toCollect: score.toCollect,
    ...(report
      ? {
          trend: report.trend,
          assessorProblems: report.assessorProblems,
          openActions: report.openActions.map((a) => ({ ...a, owner: a.owner?.name ?? null })),
        }
      : {}),
  };
}
