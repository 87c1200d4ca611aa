import { computeHealthScore } from "../../domain/health/compute-health-score.js";
import type { CustomerHealthReport } from "../../domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { describeTrend } from "../../domain/health/describe-trend.js";
import { evaluationWindow } from "../../domain/health/evaluation-window.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Database } from "../database.js";
import { loadHealthEvidence } from "./load-health-evidence.js";

/** Scores one customer as of a date: one aggregate query, then the pure rubric. */
export async function scoreCustomer(
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
  const evidence = await loadHealthEvidence(db, customer, asOf, window, timeZone, health.trendPoints);
  const score = computeHealthScore(evidence.inputs, health);
  // The trend shows past assessments; one made on the evaluation date is the current point itself.
  const past = evidence.history.filter((point) => point.assessedOn < asOf);
  return {
    customer,
    score,
    trend: describeTrend(past, score.composite),
    assessorProblems: evidence.assessorProblems,
    openActions: evidence.openActions,
  };
}
