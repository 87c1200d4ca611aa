import type { Database } from "../database.js";
import type { Platform } from "../../domain/roster/platform-identity.js";

export type DeliveryOutcome =
  /** Sent: the message is `id` in `channel` on `platform` (Slack: its ts). */
  | { kind: "sent"; at: Date; platform: Platform; channel: string; id: string }
  /** Not sent, through no fault of the message (the platform asked to wait): back to pending, no failure counted. */
  | { kind: "postponed"; until: Date; reason: string }
  /** Sending failed; recorded and tried again at `retryAt`. */
  | { kind: "failed"; retryAt: Date; error: string };

/**
 * Records what happened to claimed rows — only while this process still holds their claim, so a
 * process that lost its claim (it was presumed dead) cannot overwrite another's result.
 * Returns how many rows were updated.
 */
export async function recordDeliveryOutcome(db: Database, ids: readonly string[], claimer: string, outcome: DeliveryOutcome): Promise<number> {
  const idList = [...ids];
  switch (outcome.kind) {
    case "sent":
      return db.prisma.$executeRawUnsafe(
        `UPDATE deliveries SET status = 'sent', sent_at = $3, message_platform = $6, message_channel = $4, message_id = $5, last_error = NULL, next_attempt_at = NULL
         WHERE id = ANY($1::bigint[]) AND status = 'claimed' AND claimed_by = $2`,
        idList, claimer, outcome.at, outcome.channel, outcome.id, outcome.platform,
      );
    case "postponed":
      return db.prisma.$executeRawUnsafe(
        `UPDATE deliveries SET status = 'pending', next_attempt_at = $3, last_error = $4, attempts = greatest(attempts - 1, 0)
         WHERE id = ANY($1::bigint[]) AND status = 'claimed' AND claimed_by = $2`,
        idList, claimer, outcome.until, outcome.reason,
      );
    case "failed":
      return db.prisma.$executeRawUnsafe(
        `UPDATE deliveries SET status = 'failed', next_attempt_at = $3, last_error = $4
         WHERE id = ANY($1::bigint[]) AND status = 'claimed' AND claimed_by = $2`,
        idList, claimer, outcome.retryAt, outcome.error,
      );
  }
}
