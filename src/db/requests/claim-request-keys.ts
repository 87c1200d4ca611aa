import type { Database } from "../database.js";

export interface RequestKey {
  /** e.g. `sig:v0=…`, `event:Ev0123`, `trigger:1234.5678` */
  key: string;
  /** Until when a request carrying this key could still arrive and be accepted. */
  expiresAt: Date;
}

/**
 * Records the keys of a request Steward takes in. Returns false — take nothing in — when any key was
 * recorded before, by this process or another replica: the request is a replay or a retry of one
 * already handled. One statement, so two replicas receiving the same request at once cannot both win.
 */
export async function claimRequestKeys(db: Database, keys: readonly RequestKey[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const inserted = await db.prisma.slackRequestKey.createMany({
    data: keys.map(({ key, expiresAt }) => ({ key, expiresAt })),
    skipDuplicates: true,
  });
  if (inserted.count === keys.length) return true;
  // Some keys were new: a request that shares only its trigger or event with an earlier one. They were
  // recorded now and stay recorded, which is harmless: nothing else can carry them.
  return false;
}
