import type { Database } from "../../../src/db/database.js";
import { withActor } from "../../../src/db/with-actor.js";

/**
 * `count` urgent complaints of one customer opened at `openedAt`, nobody acknowledging: all breach their
 * 2-hour first-response deadline at the same minute. Each has a card in `channel` (its thread gets a note).
 */
export async function seedBreachingComplaints(db: Database, customerId: number, leadDepartmentId: number, count: number, openedAt: Date, channel: string): Promise<void> {
  const dueAt = new Date(openedAt.getTime() + 2 * 3_600_000);
  await withActor(db, "cli:test", (tx) =>
    tx.$executeRaw`
      INSERT INTO complaints (customer_id, class, category, description, status, tier, version, lead_department_id,
                              opened_at, tier_since, next_check_at, card_platform, card_channel, card_ts)
      SELECT ${customerId}, 'urgent', 'technical', 'Line ' || i || ' stopped', 'open', 1, 0, ${leadDepartmentId},
             ${openedAt}, ${openedAt}, ${dueAt}, 'slack', ${channel}, '1790000000.' || lpad(i::text, 6, '0')
        FROM generate_series(1, ${count}) AS i`,
  );
}
