import type { SlackFailure } from "./classify-slack-failure.js";

/**
 * A delivery port's failure already classified by the port (Teams: its HTTP errors), so the drain
 * treats a Teams 429 with Retry-After exactly as a Slack rate limit.
 */
export class ClassifiedDeliveryFailure extends Error {
  constructor(readonly failure: SlackFailure) {
    super(failure.kind === "rate-limited" ? `rate limited (Retry-After ${failure.retryAfterSeconds} s)` : failure.message);
  }
}
