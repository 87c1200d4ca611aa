import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import type { Tx } from "../with-actor.js";

export interface StoredEventDraft extends ComplaintEventDraft {
  complaintId: number;
  /** Archived messages: stored once per (platform, channel, ts) however often the platform redelivers them. */
  messagePlatform?: Platform | null;
  slackChannel?: string | null;
  slackTs?: string | null;
}

/** Appends timeline entries; returns how many were new (a redelivered Slack message is not). */
export async function insertComplaintEvents(tx: Tx, events: readonly StoredEventDraft[]): Promise<number> {
  if (events.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO complaint_events (complaint_id, at, actor, kind, from_status, to_status, from_tier, to_tier, reason, text, message_platform, slack_channel, slack_ts)
    SELECT * FROM unnest(
      ${events.map((e) => e.complaintId)}::int[], ${events.map((e) => e.at)}::timestamptz[], ${events.map((e) => e.actor)}::text[],
      ${events.map((e) => e.kind)}::text[], ${events.map((e) => e.fromStatus)}::text[], ${events.map((e) => e.toStatus)}::text[],
      ${events.map((e) => e.fromTier)}::smallint[], ${events.map((e) => e.toTier)}::smallint[], ${events.map((e) => e.reason)}::text[],
      ${events.map((e) => e.text)}::text[], ${events.map((e) => e.messagePlatform ?? null)}::text[], ${events.map((e) => e.slackChannel ?? null)}::text[], ${events.map((e) => e.slackTs ?? null)}::text[])
    ON CONFLICT (message_platform, slack_channel, slack_ts) DO NOTHING`;
}
