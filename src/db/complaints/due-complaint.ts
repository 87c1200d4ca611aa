import type { Platform } from "../../domain/roster/platform-identity.js";
import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";

/**
 * A case the scheduler claimed, with only what its decision and pings need: the rules' input, whose tiers
 * it reaches (customer owner, lead department head), where its card lives, the cursor it was claimed at.
 */
export interface DueComplaint {
  case: ComplaintCase;
  /** The stored scheduler cursor (see `nextComplaintCheck`); the write back is guarded by it. */
  nextCheckAt: Date | null;
  customer: { id: number; key: string; ownerId: number | null };
  lead: { id: number; headId: number | null } | null;
  cardChannel: string | null;
  cardTs: string | null;
  /** Absent: Slack. */
  cardPlatform?: Platform;
}
