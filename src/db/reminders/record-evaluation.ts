import type { Database } from "../database.js";

/**
 * Records that the reminder rules ran at `now`. Replicas and a console clock may write out of order:
 * the mark only moves forward.
 */
export async function recordEvaluation(db: Database, now: Date): Promise<void> {
  await db.prisma.$executeRaw`
    INSERT INTO reminder_evaluations (id, last_evaluated_at) VALUES (1, ${now})
    ON CONFLICT (id) DO UPDATE SET last_evaluated_at = greatest(reminder_evaluations.last_evaluated_at, excluded.last_evaluated_at)`;
}
