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
  const report = await scoreCustomerWhere(db, { id: customer.id }, asOf, settings);
  if (!report) throw new Error(`customer ${customer.key} (id ${customer.id}) disappeared while being scored`);
  return report;
}

/**
 * Scores the customer with this key (any case) in the same single round trip that finds it — the
 * common `/customer score ACME` — or returns null when no key matches (then look by name, alias, prefix).
 */
export async function scoreCustomerByKey(
  db: Database,
  key: string,
  asOf: IsoDate,
  settings: { health: HealthSettings; timeZone: string },
): Promise<CustomerHealthReport | null> {
  return scoreCustomerWhere(db, { key }, asOf, settings);
}

async function scoreCustomerWhere(
  db: Database,
  target: { id: number } | { key: string },
  asOf: IsoDate,
  settings: { health: HealthSettings; timeZone: string },
): Promise<CustomerHealthReport | null> {
  const { health, timeZone } = settings;
  const window = evaluationWindow({
    asOf,
    windowMonths: health.windowMonths,
    surveyLookbackMonths: health.surveyLookbackMonths,
    timeZone,
  });
  const found = await loadHealthEvidence(db, target, asOf, window, timeZone, health.trendPoints);
  if (!found) return null;
  const { customer, evidence } = found;
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
