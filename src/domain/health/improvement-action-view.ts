import type { PlatformIdentities } from "../roster/platform-identity.js";
import type { IsoDate } from "./health-inputs.js";

/** An improvement action as the tracking table shows it. */
export interface ImprovementActionView {
  id: number;
  customerId: number;
  assessedOn: IsoDate;
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  owner: { id: number; ids: PlatformIdentities; name: string } | null;
  deadline: IsoDate;
  result: string | null;
  completedAt: Date | null;
  completedBy: string | null;
}

