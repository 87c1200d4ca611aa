import type { IsoDate } from "./health-inputs.js";
import type { PlatformIdentities } from "../roster/platform-identity.js";

/** What the score surface needs to know about a customer besides its evidence. */
export interface CustomerProfile {
  id: number;
  key: string;
  name: string;
  aliases: string[];
  tier: "strategic" | "normal" | "new";
  valueSegment: "high" | "mid" | "low";
  startedOn: IsoDate | null;
  owner: { id: number; ids: PlatformIdentities; name: string; departmentId: number | null } | null;
}
