import type { HealthScore } from "./compute-health-score.js";
import type { CustomerProfile } from "./customer-profile.js";
import type { HealthTrend } from "./describe-trend.js";
import type { IsoDate } from "./health-inputs.js";
import type { PlatformIdentities } from "../roster/platform-identity.js";

export interface ReportAction {
  id: number;
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  owner: { ids: PlatformIdentities; name: string } | null;
  deadline: IsoDate;
}

/** Everything `/customer score` and `steward score` show about one customer on one date. */
export interface CustomerHealthReport {
  customer: CustomerProfile;
  score: HealthScore;
  trend: HealthTrend;
  /** Key problems as the last assessor wrote them ("orders down: competitor pricing"). */
  assessorProblems: string[];
  openActions: ReportAction[];
}
