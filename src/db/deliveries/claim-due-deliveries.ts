import type { Platform } from "../../domain/roster/platform-identity.js";
import type { Database } from "../database.js";
import type { ClaimedDelivery } from "./claimed-delivery.js";

/** Serialises claims between replicas, so "is this channel already being sent to?" has one answer. */
const CLAIM_LOCK = 7_301_001;

export interface ClaimOptions {
  now: Date;
  claimer: string;
  /** Claims older than this are presumed dead. */
  staleBefore: Date;
  /** Rows one claim takes per recipient: a recipient's due rows go to one process together, up to this many. */
  maxRowsPerRecipient: number;
  maxRecipients: number;
  /** Claim only time-critical rows (complaint pings and warnings), for the slots kept free for them. */
  timeCriticalOnly?: boolean;
  /**
   * The platforms this process can send to: a Slack-only replica leaves `teams:` rows to a replica with
   * Teams (claiming them would only fail them and push their next try back).
   */
  platforms: readonly Platform[];
}

/**
 * Complaint pings, warnings and pages are decided against an SLA; a digest may go out a minute later.
 * Recipients with such rows are claimed first, so an escalation never queues behind a reminder batch.
 */
const TIME_CRITICAL = "d.rule LIKE 'complaint%'";

/** A recipient's platform as scheduler/recipient-address.ts reads it: `teams:…`, else Slack (`slack:…` or a bare id). */
const RECIPIENT_PLATFORM = "CASE WHEN d.recipient LIKE 'teams:%' THEN 'teams' ELSE 'slack' END";

/**
 * Claims due ledger rows for whole recipients: rows pending (or failed and due for another try), and
 * claims gone stale. A recipient someone is still sending to is left alone, and a recipient's rows are
 * claimed together, so one channel is only ever paced by one process. Row locks (SKIP LOCKED) keep away
 * from rows a button press is changing.
 */
export async function claimDueDeliveries(db: Database, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  const { now, claimer, staleBefore, maxRowsPerRecipient, maxRecipients, timeCriticalOnly = false, platforms } = options;
  return db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CLAIM_LOCK})`);
    const rows = await tx.$queryRawUnsafe<RawClaim[]>(
      `WITH claimable AS (
         SELECT id, recipient, due_at, ${TIME_CRITICAL} AS critical FROM deliveries d
         WHERE due_at <= $1${timeCriticalOnly ? ` AND ${TIME_CRITICAL}` : ""} AND ${RECIPIENT_PLATFORM} = ANY ($6::text[])
           AND ((status IN ('pending', 'failed') AND (next_attempt_at IS NULL OR next_attempt_at <= $1))
                OR (status = 'claimed' AND claimed_at <= $2))
       ),
       busy AS (
         SELECT DISTINCT recipient FROM deliveries WHERE status = 'claimed' AND claimed_at > $2
       ),
       recipients AS (
         SELECT recipient FROM claimable
         WHERE recipient NOT IN (SELECT recipient FROM busy)
         GROUP BY recipient ORDER BY bool_or(critical) DESC, min(due_at), recipient LIMIT $4
       ),
       ranked AS (
         SELECT d.id, d.status AS was_status, row_number() OVER (PARTITION BY d.recipient ORDER BY d.due_at, d.id) AS n
         FROM deliveries d
         WHERE d.id IN (SELECT id FROM claimable) AND d.recipient IN (SELECT recipient FROM recipients)
       ),
       picked AS (
         SELECT d.id, ranked.was_status FROM deliveries d JOIN ranked ON ranked.id = d.id
         WHERE ranked.n <= $5
         FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE deliveries d
       SET status = 'claimed', claimed_by = $3, claimed_at = $1, attempts = d.attempts + 1
       FROM picked WHERE d.id = picked.id
       RETURNING d.id::text AS id, d.key, d.rule, d.customer_id, d.recipient, d.due_at, d.late, d.attempts, d.payload,
                 picked.was_status`,
      now,
      staleBefore,
      claimer,
      maxRecipients,
      maxRowsPerRecipient,
      platforms,
    );
    return rows.map((row) => ({
      id: row.id,
      key: row.key,
      rule: row.rule,
      customerId: row.customer_id,
      recipient: row.recipient,
      dueAt: new Date(row.due_at),
      late: row.late,
      attempts: row.attempts,
      payload: (typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload) as ClaimedDelivery["payload"],
      stale: row.was_status === "claimed",
    }));
  });
}

interface RawClaim {
  id: string;
  key: string;
  rule: string;
  customer_id: number | null;
  recipient: string;
  due_at: Date | string;
  late: boolean;
  attempts: number;
  payload: unknown;
  was_status: string;
}
