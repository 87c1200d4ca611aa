import type { EscalationTier } from "./complaint-case.js";

/** Who presses a button, as far as the rules care: the tiers of this case the person belongs to. */
export interface CaseActor {
  /** The person's actor name (actorOf: a Slack id, `teams:…`), or `steward` for automatic steps. */
  id: string;
  /** The tiers of this case the person belongs to (see `tiersOfPerson`), empty when none. */
  tiers: EscalationTier[];
  isOwner: boolean;
  isAdmin: boolean;
  /** A member of the lead or a cooperating department. */
  inCaseDepartment: boolean;
  /** Steward itself (the scheduler): may only escalate, and only at a deadline. */
  isSteward?: boolean;
}
