import type { ComplaintStatus, EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import type { Tx } from "../with-actor.js";

/** The events SLA clocks are judged from (see `computeSlaDeadlines`). */
export const SLA_EVENT_KINDS: readonly ComplaintEventDraft["kind"][] = ["transition", "escalation", "update"];

/** The timelines of these cases, oldest first, grouped by case id. */
export async function loadComplaintEvents(tx: Tx, ids: readonly number[], kinds?: readonly string[]): Promise<Map<number, ComplaintEventDraft[]>> {
  const timelines = new Map<number, ComplaintEventDraft[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return timelines;
  const rows = await tx.complaintEvent.findMany({
    where: { complaintId: { in: [...ids] }, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  for (const row of rows) {
    timelines.get(row.complaintId)?.push({
      at: row.at,
      actor: row.actor,
      kind: row.kind as ComplaintEventDraft["kind"],
      fromStatus: row.fromStatus as ComplaintStatus | null,
      toStatus: row.toStatus as ComplaintStatus | null,
      fromTier: row.fromTier as EscalationTier | null,
      toTier: row.toTier as EscalationTier | null,
      reason: row.reason,
      text: row.text,
    });
  }
  return timelines;
}
