import type { Database } from "../database.js";

/** Deletes the keys no request can carry any more (their window has passed); returns how many. */
export async function pruneRequestKeys(db: Database, now: Date): Promise<number> {
  const { count } = await db.prisma.slackRequestKey.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
