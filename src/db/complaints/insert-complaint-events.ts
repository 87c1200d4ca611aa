import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import type { Tx } from "../with-actor.js";

export interface StoredEventDraft extends ComplaintEventDraft {
  complaintId: number;
}

/**
 * Appends the timeline entries the rules produced; returns how many. A message said about a case, which
 * its platform may redeliver, is archived once by archive-complaint-message.ts instead.
 */
export async function insertComplaintEvents(tx: Tx, events: readonly StoredEventDraft[]): Promise<number> {
  if (events.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO complaint_events (complaint_id, at, actor, kind, from_status, to_status, from_tier, to_tier, reason, text)
    SELECT * FROM unnest(
      ${events.map((e) => e.complaintId)}::int[], ${events.map((e) => e.at)}::timestamptz[], ${events.map((e) => e.actor)}::text[],
      ${events.map((e) => e.kind)}::text[], ${events.map((e) => e.fromStatus)}::text[], ${events.map((e) => e.toStatus)}::text[],
      ${events.map((e) => e.fromTier)}::smallint[], ${events.map((e) => e.toTier)}::smallint[], ${events.map((e) => e.reason)}::text[],
      ${events.map((e) => e.text)}::text[])`;
}
