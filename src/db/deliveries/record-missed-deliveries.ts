import type { Database } from "../database.js";
import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";

/**
 * Writes items that came due longer ago than the catch-up window as `skipped` with the reason, so the
 * ledger (and `steward reminders log`) shows them, and they are never sent. Known keys are left alone.
 */
export async function recordMissedDeliveries(db: Database, requests: readonly DeliveryRequest[], reason: string): Promise<number> {
  if (!requests.length) return 0;
  return db.prisma.$executeRawUnsafe(
    `INSERT INTO deliveries (key, rule, customer_id, recipient, due_at, late, payload, status, last_error)
     SELECT k, r, c, rc, d, true, p, 'skipped', $7
     FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::jsonb[]) AS t(k, r, c, rc, d, p)
     ON CONFLICT (key) DO NOTHING`,
    requests.map((r) => r.key),
    requests.map((r) => r.rule),
    requests.map((r) => r.customerId ?? null),
    requests.map((r) => r.recipient),
    requests.map((r) => r.dueAt.toISOString()),
    requests.map((r) => JSON.stringify(r.payload)),
    reason,
  );
}
