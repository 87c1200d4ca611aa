import { Prisma } from "../../generated/prisma/client.js";
import type { ComplaintClass, ComplaintStatus, EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { Tx } from "../with-actor.js";
import { personActorSql } from "../people/person-actor-sql.js";
import { readCasePauses } from "./case-pauses-column.js";
import type { DueComplaint } from "./due-complaint.js";

/** Timestamps arrive as epoch milliseconds (see below). */
interface Row {
  id: number;
  class: ComplaintClass;
  category: string;
  status: ComplaintStatus;
  tier: number;
  version: number;
  opened_at: number;
  tier_since: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  first_response_at: number | null;
  /** JSON of `History`, only for a case that has changed since it was filed. */
  history: string | null;
  next_check_at: number | null;
  customer_id: number;
  customer_key: string;
  owner_id: number | null;
  lead_id: number | null;
  lead_head_id: number | null;
  card_channel: string | null;
  card_ts: string | null;
  card_platform: string | null;
}

/** What only a case that changed since it was filed can have (every change bumps the version). */
interface History {
  lastUpdateAt: number | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  solution: string | null;
  closedAt: number | null;
  closedBy: string | null;
  reopenedAt: number | null;
  reopenedBy: string | null;
  pauses: unknown;
}

const NO_HISTORY: History = { lastUpdateAt: null, resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null, pauses: [] };

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Locks and loads up to `limit` cases whose next check has come, skipping cases another replica holds:
 * the replicas of one tick share the work without doing any case twice. Earliest first; `exclude` holds
 * the cases this tick already handled, so a case whose rules could not move it is not claimed forever.
 *
 * Every replica runs this each minute, so it is kept lean: one statement (claim and lookups together,
 * served by the partial index complaints_due_idx), only the columns the decision and its pings need, and
 * timestamps as epoch milliseconds, and what only a changed case can have folded into one value — the
 * raw-query layer's cost grows with every value it converts, dates most (measured, bench/complaints).
 * timestamptz(3) holds whole milliseconds, so the values, including the cursor the write back is guarded
 * by, are exact.
 */
export async function claimDueComplaints(tx: Tx, now: Date, limit: number, exclude: readonly number[] = []): Promise<DueComplaint[]> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH claimed AS (
      SELECT id, class, category, status, tier, version, opened_at, tier_since, acknowledged_at, acknowledged_by_id,
             first_response_at, resolved_at, resolved_by_id, solution, closed_at, closed_by_id, next_check_at, pauses,
             customer_id, lead_department_id, card_channel, card_ts, card_platform
        FROM complaints
       WHERE next_check_at <= ${now} AND status NOT IN ('resolved', 'closed')
         AND id <> ALL (${[...exclude]}::int[])
       ORDER BY next_check_at, id
       LIMIT ${limit}
         FOR UPDATE SKIP LOCKED)
    SELECT c.id, c.class::text AS class, c.category, c.status::text AS status, c.tier, c.version,
           (extract(epoch FROM c.opened_at) * 1000)::float8 AS opened_at,
           (extract(epoch FROM c.tier_since) * 1000)::float8 AS tier_since,
           (extract(epoch FROM c.acknowledged_at) * 1000)::float8 AS acknowledged_at,
           ${Prisma.raw(personActorSql("c.acknowledged_by_id"))} AS acknowledged_by,
           (extract(epoch FROM c.first_response_at) * 1000)::float8 AS first_response_at,
           -- Updates, resolution, closing and reopening all bump the version: a case at version 0 has none.
           CASE WHEN c.version > 0 THEN json_build_object(
             'lastUpdateAt', (SELECT extract(epoch FROM max(e.at)) * 1000 FROM complaint_events e WHERE e.complaint_id = c.id AND e.kind = 'update'),
             'resolvedAt', extract(epoch FROM c.resolved_at) * 1000,
             'resolvedBy', ${Prisma.raw(personActorSql("c.resolved_by_id"))},
             'solution', c.solution,
             'closedAt', extract(epoch FROM c.closed_at) * 1000,
             'closedBy', ${Prisma.raw(personActorSql("c.closed_by_id"))},
             'reopenedAt', extract(epoch FROM reo.at) * 1000,
             'reopenedBy', reo.actor,
             'pauses', c.pauses)::text END AS history,
           (extract(epoch FROM c.next_check_at) * 1000)::float8 AS next_check_at,
           cu.id AS customer_id, cu.key AS customer_key, cu.owner_id, d.id AS lead_id, d.head_id AS lead_head_id,
           c.card_channel, c.card_ts, c.card_platform
      FROM claimed c
      JOIN customers cu ON cu.id = c.customer_id
      LEFT JOIN departments d ON d.id = c.lead_department_id
      LEFT JOIN LATERAL (SELECT e.at, e.actor FROM complaint_events e
                          WHERE c.version > 0 AND e.complaint_id = c.id AND e.to_status = 'reopened' AND e.kind = 'transition'
                          ORDER BY e.at DESC, e.id DESC LIMIT 1) reo ON true
     ORDER BY c.next_check_at, c.id`;
  return rows.map((row) => {
    const history = row.history === null ? NO_HISTORY : (JSON.parse(row.history) as History);
    return {
      case: {
        id: row.id,
        class: row.class,
        category: row.category,
        status: row.status,
        tier: row.tier as EscalationTier,
        version: row.version,
        openedAt: new Date(row.opened_at),
        tierSince: new Date(row.tier_since),
        acknowledgedAt: date(row.acknowledged_at),
        acknowledgedBy: row.acknowledged_by,
        firstResponseAt: date(row.first_response_at),
        lastUpdateAt: date(history.lastUpdateAt),
        resolvedAt: date(history.resolvedAt),
        resolvedBy: history.resolvedBy,
        solution: history.solution,
        closedAt: date(history.closedAt),
        closedBy: history.closedBy,
        reopenedAt: date(history.reopenedAt),
        reopenedBy: history.reopenedBy,
        pauses: readCasePauses(history.pauses),
      },
      nextCheckAt: date(row.next_check_at),
      customer: { id: row.customer_id, key: row.customer_key, ownerId: row.owner_id },
      lead: row.lead_id === null ? null : { id: row.lead_id, headId: row.lead_head_id },
      cardChannel: row.card_channel,
      cardTs: row.card_ts,
      ...(row.card_platform === "teams" ? { cardPlatform: "teams" as const } : {}),
    };
  });
}
