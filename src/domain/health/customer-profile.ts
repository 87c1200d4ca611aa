import type { IsoDate } from "./health-inputs.js";

/** What the score surface needs to know about a customer besides its evidence. */
export interface CustomerProfile {
  id: number;
  key: string;
  name: string;
  aliases: string[];
  tier: "strategic" | "normal" | "new";
  valueSegment: "high" | "mid" | "low";
  startedOn: IsoDate | null;
  owner: { id: number; slackUserId: string; name: string; departmentId: number | null } | null;
}
