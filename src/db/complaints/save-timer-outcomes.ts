import type { ComplaintStatus, EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { Tx } from "../with-actor.js";

export interface TimerOutcome {
  id: number;
  /** What the scheduler read: the write happens only if the case still has this version and cursor. */
  expectedVersion: number;
  expectedCursor: Date | null;
  status: ComplaintStatus;
  tier: EscalationTier;
  version: number;
  tierSince: Date;
  nextCheckAt: Date | null;
}

/**
 * Writes the scheduler's decisions for a batch of cases in one statement — an escalation (status, tier,
 * version, tier start) or just the moved cursor — each guarded by the version and cursor it was decided on.
 * Returns the ids written; a case changed meanwhile (a button press won the race) is left alone.
 */
export async function saveTimerOutcomes(tx: Tx, outcomes: readonly TimerOutcome[]): Promise<Set<number>> {
  if (outcomes.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: number }[]>`
    UPDATE complaints c SET
      status = u.status::"ComplaintStatus", tier = u.tier, version = u.version, tier_since = u.tier_since,
      next_check_at = u.next_check_at, updated_at = now()
    FROM unnest(${outcomes.map((o) => o.id)}::int[], ${outcomes.map((o) => o.expectedVersion)}::int[],
                ${outcomes.map((o) => o.expectedCursor)}::timestamptz[], ${outcomes.map((o) => o.status)}::text[],
                ${outcomes.map((o) => o.tier)}::smallint[], ${outcomes.map((o) => o.version)}::int[],
                ${outcomes.map((o) => o.tierSince)}::timestamptz[], ${outcomes.map((o) => o.nextCheckAt)}::timestamptz[])
      AS u(id, expected_version, expected_cursor, status, tier, version, tier_since, next_check_at)
    WHERE c.id = u.id AND c.version = u.expected_version AND c.next_check_at IS NOT DISTINCT FROM u.expected_cursor
    RETURNING c.id`;
  return new Set(rows.map((row) => row.id));
}
