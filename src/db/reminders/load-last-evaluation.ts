import type { Database } from "../database.js";

/** When the reminder rules last ran on this roster, or null when they never did. */
export async function loadLastEvaluation(db: Database): Promise<Date | null> {
  const row = await db.prisma.reminderEvaluation.findUnique({ where: { id: 1 } });
  return row?.lastEvaluatedAt ?? null;
}
