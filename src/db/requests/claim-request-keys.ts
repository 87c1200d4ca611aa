import type { Database } from "../database.js";

export interface RequestKey {
  /** e.g. `sig:v0=…`, `event:Ev0123`, `trigger:1234.5678` */
  key: string;
  /** Until when a request carrying this key could still arrive and be accepted. */
  expiresAt: Date;
}

/**
 * One statement, so two replicas receiving the same request at once cannot both win. It runs on every
 * request before any listener, so it goes straight to the driver (Prisma's createMany cost ~1.5 ms at
 * the median and 15 ms at p99 here, bench/score) and commits without waiting for the WAL flush
 * (`synchronous_commit` off for this transaction only): PostgreSQL writes WAL in order, so the first
 * synchronous commit after it (any write the request's listener makes) flushes the key too. Only a
 * request that writes nothing can lose its key in a server crash, and replaying that one changes nothing.
 */
const CLAIM = `INSERT INTO slack_request_keys (key, expires_at)
  SELECT claimed.key, claimed.expires_at
  FROM unnest($1::text[], $2::timestamptz[]) AS claimed(key, expires_at),
       (SELECT set_config('synchronous_commit', 'off', true)) AS relaxed
  ON CONFLICT DO NOTHING
  RETURNING key`;

/**
 * Records the keys of a request Steward takes in. Returns false — take nothing in — when any key was
 * recorded before, by this process or another replica: the request is a replay or a retry of one
 * already handled.
 */
export async function claimRequestKeys(db: Database, keys: readonly RequestKey[]): Promise<boolean> {
  if (keys.length === 0) return true;
  const inserted = await db.session((session) =>
    session.query(CLAIM, [keys.map(({ key }) => key), keys.map(({ expiresAt }) => expiresAt.toISOString())]),
  );
  // Some keys were new: a request that shares only its trigger or event with an earlier one. They were
  // recorded now and stay recorded, which is harmless: nothing else can carry them.
  return inserted.length === keys.length;
}
