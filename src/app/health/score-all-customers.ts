import { computeHealthScore, type HealthScore } from "../../domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { evaluationWindow } from "../../domain/health/evaluation-window.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Database } from "../../db/database.js";
import { type CustomerFilter, loadAllHealthInputs } from "../../db/health/load-all-health-inputs.js";

export interface ScoredCustomer {
  customer: CustomerProfile;
  score: HealthScore;
}

/** Every customer (matching `filter`) scored as of one date, by the same rubric as a single score. */
export async function scoreAllCustomers(
  db: Database,
  asOf: IsoDate,
  settings: { health: HealthSettings; timeZone: string },
  filter: CustomerFilter = {},
): Promise<ScoredCustomer[]> {
  const { health, timeZone } = settings;
  const window = evaluationWindow({
    asOf,
    windowMonths: health.windowMonths,
    surveyLookbackMonths: health.surveyLookbackMonths,
    timeZone,
  });
  const all = await loadAllHealthInputs(db, asOf, window, timeZone, filter);
  return all.map(({ customer, inputs }) => ({ customer, score: computeHealthScore(inputs, health) }));
}
