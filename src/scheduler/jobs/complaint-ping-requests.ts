import type { ComplaintRecord } from "../../db/complaints/complaint-record.js";
import { complaintPingBlocks } from "../../slack/blocks/complaints/complaint-ping-blocks.js";
import type { DeliveryRequest } from "../delivery-request.js";

export interface ComplaintPing {
  /** `escalation`, `warning`, `page`: the delivery rule and the first part of the natural key. */
  kind: "escalation" | "warning" | "page";
  /** Unique per occurrence for this case, e.g. `v3:tier2` or `v5:p4`: the rest of the natural key. */
  occurrence: string;
  message: string;
  /** Slack user ids that get a DM. */
  recipients: readonly string[];
  /** Also post in the case card's thread. */
  inThread: boolean;
  offerAcknowledge: boolean;
}

/**
 * The ledger entries of one ping: a DM per recipient plus the thread note, each keyed
 * `complaint-<kind>:<case>:<occurrence>:<recipient>` so replicas and retries send each once.
 */
export function complaintPingRequests(record: ComplaintRecord, ping: ComplaintPing, now: Date): DeliveryRequest[] {
  const c = record.case;
  const title = `Complaint #${c.id} · ${record.customer.key} (${c.class}, ${c.category})`;
  const content = { complaintId: c.id, title, message: ping.message, cardChannel: record.cardChannel, offerAcknowledge: ping.offerAcknowledge };
  const text = `${title}: ${ping.message}`;
  const base = `complaint-${ping.kind}:${c.id}:${ping.occurrence}`;
  const requests: DeliveryRequest[] = [...new Set(ping.recipients)].map((recipient) => ({
    key: `${base}:${recipient}`,
    rule: `complaint-${ping.kind}`,
    customerId: record.customer.id,
    recipient,
    dueAt: now,
    payload: { text, blocks: complaintPingBlocks(content) },
  }));
  if (ping.inThread && record.cardChannel && record.cardTs) {
    requests.push({
      key: `${base}:thread`,
      rule: `complaint-${ping.kind}`,
      customerId: record.customer.id,
      recipient: record.cardChannel,
      dueAt: now,
      payload: { text, blocks: complaintPingBlocks({ ...content, cardChannel: null, offerAcknowledge: false }), threadTs: record.cardTs },
    });
  }
  return requests;
}
