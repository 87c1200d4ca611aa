import type { Database } from "../database.js";

/**
 * Reminder items still unsent long after their time (Steward was down, or Slack refused them for days)
 * are not sent any more: they are marked skipped with the reason, so the log shows them. Other
 * deliveries (escalation pings) are left to their own rules.
 */
export async function skipExpiredDeliveries(db: Database, dueBefore: Date, reason: string): Promise<number> {
  return db.prisma.$executeRawUnsafe(
    `UPDATE deliveries SET status = 'skipped', last_error = $2
     WHERE status IN ('pending', 'failed') AND due_at < $1 AND payload ? 'digest'`,
    dueBefore,
    reason,
  );
}
