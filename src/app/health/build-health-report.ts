import type { Database } from "../../db/database.js";
import { loadHealthEvidence } from "../../db/health/load-health-evidence.js";
import { computeHealthScore } from "../../domain/health/compute-health-score.js";
import type { CustomerHealthReport } from "../../domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { describeTrend } from "../../domain/health/describe-trend.js";
import { evaluationWindow } from "../../domain/health/evaluation-window.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";

/**
 * Scores one customer as of a date: one aggregate query, then the pure rubric. The caller has checked
 * that whoever asked may see the score.
 */
export async function buildHealthReport(
  db: Database,
  customer: CustomerProfile,
  asOf: IsoDate,
  settings: { health: HealthSettings; timeZone: string },
): Promise<CustomerHealthReport> {
  const { health, timeZone } = settings;
  const window = evaluationWindow({
    asOf,
    windowMonths: health.windowMonths,
    surveyLookbackMonths: health.surveyLookbackMonths,
    timeZone,
  });
  const found = await loadHealthEvidence(db, customer.id, asOf, window, timeZone, health.trendPoints);
  if (!found) throw new Error(`customer ${customer.key} (id ${customer.id}) disappeared while being scored`);
  const { evidence } = found;
  const score = computeHealthScore(evidence.inputs, health);
  // The trend shows past assessments; one made on the evaluation date is the current point itself.
  const past = evidence.history.filter((point) => point.assessedOn < asOf);
  return {
    customer: found.customer,
    score,
    trend: describeTrend(past, score.composite),
    assessorProblems: evidence.assessorProblems,
    openActions: evidence.openActions,
  };
}
