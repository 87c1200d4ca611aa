import type { ComplaintStatus } from "./complaint-case.js";

export type ComplaintAction = "acknowledge" | "escalate" | "update" | "wait" | "resume" | "resolve" | "confirm" | "reopen";

export interface ComplaintTransition {
  action: ComplaintAction;
  from: ComplaintStatus;
  to: ComplaintStatus;
}

/**
 * Every allowed (from, to) move of a case; anything not listed is refused with a specific answer. Who may
 * make a move is the permission matrix's (complaint-permissions.ts).
 */
export const COMPLAINT_TRANSITIONS: readonly ComplaintTransition[] = [
  { action: "acknowledge", from: "open", to: "acknowledged" },
  { action: "acknowledge", from: "reopened", to: "acknowledged" },
  // Escalating hands the case to the next tier, which has to acknowledge it anew.
  { action: "escalate", from: "open", to: "open" },
  { action: "escalate", from: "acknowledged", to: "open" },
  { action: "escalate", from: "reopened", to: "reopened" },
  // The next tier takes the case on anew; the pause ends with the round it belonged to.
  { action: "escalate", from: "waiting_on_customer", to: "open" },
  { action: "update", from: "open", to: "open" },
  { action: "update", from: "acknowledged", to: "acknowledged" },
  { action: "update", from: "reopened", to: "reopened" },
  { action: "update", from: "waiting_on_customer", to: "waiting_on_customer" },
  { action: "update", from: "resolved", to: "resolved" },
  // Asking the customer for something pauses the resolution clock: only a case someone has taken on
  // (acknowledged) can wait, so an unacknowledged case cannot hide from its clocks this way.
  { action: "wait", from: "acknowledged", to: "waiting_on_customer" },
  // The customer's reply resumes the clock where it stopped.
  { action: "resume", from: "waiting_on_customer", to: "acknowledged" },
  { action: "resolve", from: "open", to: "resolved" },
  { action: "resolve", from: "acknowledged", to: "resolved" },
  { action: "resolve", from: "reopened", to: "resolved" },
  { action: "resolve", from: "waiting_on_customer", to: "resolved" },
  // Closed only once the customer confirmed the solution.
  { action: "confirm", from: "resolved", to: "closed" },
  { action: "reopen", from: "resolved", to: "reopened" },
  { action: "reopen", from: "closed", to: "reopened" },
];
