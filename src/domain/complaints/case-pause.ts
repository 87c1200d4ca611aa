/**
 * A stretch of waiting on the customer: from being set to `waiting_on_customer` until someone records the
 * customer's reply (or the case is resolved or escalated meanwhile). The resolution clock does not count
 * it; every other clock runs on.
 */
export interface CasePause {
  from: Date;
  /** null while still waiting. */
  to: Date | null;
  /** What the customer was asked for (shown on the card and the timeline). */
  asked: string;
}
