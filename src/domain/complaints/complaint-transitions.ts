import type { ComplaintStatus } from "./complaint-case.js";

export type ComplaintAction = "acknowledge" | "escalate" | "update" | "resolve" | "confirm" | "reopen";

/**
 * Who may make a transition:
 * - `currentTierOrAbove`: a person of the case's current tier or a higher one (taking the case over);
 * - `anyTier`: a person of any of the case's tiers (for `escalate` also Steward at a deadline);
 * - `customerFacing`: the owner, tier-1 customer service, or whoever resolved it (the customer confirmed);
 * - `caseMember`: anyone on the case's tiers or in its lead or cooperating departments.
 * An `admin` may make every transition a person may make.
 */
export type TransitionPermission = "currentTierOrAbove" | "anyTier" | "customerFacing" | "caseMember";

export interface ComplaintTransition {
  action: ComplaintAction;
  from: ComplaintStatus;
  to: ComplaintStatus;
  who: TransitionPermission;
}

/** Every allowed (from, to) move of a case; anything not listed is refused with a specific answer. */
export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  { action: "acknowledge", from: "open", to: "acknowledged", who: "currentTierOrAbove" },
  { action: "acknowledge", from: "reopened", to: "acknowledged", who: "currentTierOrAbove" },
  // Escalating hands the case to the next tier, which has to acknowledge it anew.
  { action: "escalate", from: "open", to: "open", who: "anyTier" },
  { action: "escalate", from: "acknowledged", to: "open", who: "anyTier" },
  { action: "escalate", from: "reopened", to: "reopened", who: "anyTier" },
  { action: "update", from: "open", to: "open", who: "caseMember" },
  { action: "update", from: "acknowledged", to: "acknowledged", who: "caseMember" },
  { action: "update", from: "reopened", to: "reopened", who: "caseMember" },
  { action: "update", from: "resolved", to: "resolved", who: "caseMember" },
  { action: "resolve", from: "open", to: "resolved", who: "anyTier" },
  { action: "resolve", from: "acknowledged", to: "resolved", who: "anyTier" },
  { action: "resolve", from: "reopened", to: "resolved", who: "anyTier" },
  // Closed only once the customer confirmed the solution.
  { action: "confirm", from: "resolved", to: "closed", who: "customerFacing" },
  { action: "reopen", from: "resolved", to: "reopened", who: "caseMember" },
  { action: "reopen", from: "closed", to: "reopened", who: "caseMember" },
];
