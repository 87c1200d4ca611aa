import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";
import type { Tx } from "../with-actor.js";
import { actorPersonIdSql } from "../people/actor-person-id-sql.js";
import { writeCasePauses } from "./case-pauses-column.js";

export interface CaseGuard {
  /** The version the change was decided on: a case changed since is left alone. */
  version: number;
  /** For the scheduler: the cursor it claimed (another replica that moved it first wins). */
  nextCheckAt?: Date | null;
}

/**
 * Writes a case as the rules decided it, only if nobody changed it since (optimistic lock on
 * `version`, and for the scheduler also on `next_check_at`). Returns false when it lost that race.
 */
export async function updateComplaintCase(tx: Tx, next: ComplaintCase, guard: CaseGuard, nextCheckAt: Date | null): Promise<boolean> {
  // Actors are stored as actorOf names them (a Slack id, `teams:…`, `person:<id>`); Steward and `cli:`
  // actors are nobody on the roster: their column stays empty, the event names them.
  const checkCursor = guard.nextCheckAt !== undefined;
  const changed = await tx.$executeRaw`
    UPDATE complaints SET
      status = ${next.status}::"ComplaintStatus",
      tier = ${next.tier},
      version = ${next.version},
      tier_since = ${next.tierSince},
      acknowledged_at = ${next.acknowledgedAt},
      acknowledged_by_id = ${actorPersonIdSql(next.acknowledgedBy)},
      first_response_at = ${next.firstResponseAt},
      resolved_at = ${next.resolvedAt},
      resolved_by_id = ${actorPersonIdSql(next.resolvedBy)},
      solution = ${next.solution},
      closed_at = ${next.closedAt},
      closed_by_id = ${actorPersonIdSql(next.closedBy)},
      pauses = ${writeCasePauses(next.pauses)}::jsonb,
      next_check_at = ${nextCheckAt},
      updated_at = now()
    WHERE id = ${next.id} AND version = ${guard.version}
      AND (${!checkCursor} OR next_check_at IS NOT DISTINCT FROM ${guard.nextCheckAt ?? null}::timestamptz)`;
  return changed === 1;
}
