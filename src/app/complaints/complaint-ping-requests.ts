import type { Platform } from "../../domain/roster/platform-identity.js";
import { cardChannelOf } from "../../domain/complaints/card-channel-of.js";
import { createHash } from "node:crypto";
import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";
import { complaintPingMessage, type PingContent } from "../../domain/complaints/complaint-ping-message.js";
import { complaintPingGroupMessage } from "../../domain/complaints/complaint-ping-group-message.js";
import type { Inline, Message } from "../../domain/messages/message.js";
import type { DeliveryPayload, DeliveryRequest } from "../../domain/deliveries/delivery-request.js";

export interface ComplaintPing {
  /**
   * The delivery rule and the first part of the natural key: `escalation`, `warning`, `page` (a deadline
   * missed at tier 3), `cap` (paging stopped: the department head and admins are told), `unreachable`
   * (nobody reachable holds the tier: the department head and admins are told).
   */
  kind: "escalation" | "warning" | "page" | "cap" | "unreachable";
  /** Unique per occurrence for this case, e.g. `v3:tier2` or `v5:page4:…`: the rest of the natural key. */
  occurrence: string;
  message: Inline;
  /** Addresses (addressOf: a bare Slack id, `teams:…`) that get a direct message. */
  recipients: readonly string[];
  /** Also post in the case card's thread. */
  inThread: boolean;
  offerAcknowledge: boolean;
}

/** What a ping says of its case and where the case's card lives (a claimed due case or a full record). */
export interface PingedCase {
  case: ComplaintCase;
  customer: { id: number; key: string };
  cardChannel: string | null;
  cardTs: string | null;
  /** Where the card lives; absent means Slack. */
  cardPlatform?: Platform;
}

/** Cases one grouped DM lists (Slack shows at most 50 blocks). */
const GROUP_SIZE = 40;
const KIND_HEADLINE = {
  escalation: "escalated to you",
  warning: "close to an SLA deadline",
  page: "past an SLA deadline at tier 3",
  cap: "no longer paged: nobody at tier 3 acknowledged",
  unreachable: "with nobody reachable on their tier",
} as const;

/**
 * The ledger entries of the pings decided in one transaction: each case's thread note, and per person one
 * DM — listing every case of that kind when there are several — so 500 cases breaching at once reach a
 * person as a few messages, not 500 paced a second apart. Keys are natural: `complaint-<kind>:<case>:
 * <occurrence>:<recipient>` for a single ping, a digest of the grouped occurrences for a group, so a
 * retried or concurrent tick cannot send any ping twice.
 */
export function complaintPingRequests(pings: readonly { record: PingedCase; ping: ComplaintPing }[], now: Date): DeliveryRequest[] {
  const requests: DeliveryRequest[] = [];
  const direct = new Map<string, { key: string; kind: ComplaintPing["kind"]; customerId: number; content: PingContent }[]>();
  for (const { record, ping } of pings) {
    const c = record.case;
    const title = `Complaint #${c.id} · ${record.customer.key} (${c.class}, ${c.category})`;
    const content: PingContent = { complaintId: c.id, title, message: ping.message, cardChannel: cardChannelOf(record), offerAcknowledge: ping.offerAcknowledge };
    const base = `complaint-${ping.kind}:${c.id}:${ping.occurrence}`;
    for (const recipient of new Set(ping.recipients)) {
      const list = direct.get(`${ping.kind} ${recipient}`) ?? [];
      list.push({ key: `${base}:${recipient}`, kind: ping.kind, customerId: record.customer.id, content });
      direct.set(`${ping.kind} ${recipient}`, list);
    }
    if (ping.inThread && record.cardChannel && record.cardTs) {
      requests.push({
        key: `${base}:thread`,
        rule: `complaint-${ping.kind}`,
        customerId: record.customer.id,
        // A Teams card's thread is a Teams conversation: the ledger sends it through the Teams port.
        recipient: record.cardPlatform === "teams" ? `teams:${record.cardChannel}` : record.cardChannel,
        dueAt: now,
        payload: { ...payloadOf(complaintPingMessage({ ...content, cardChannel: null, offerAcknowledge: false })), threadTs: record.cardTs },
      });
    }
  }
  for (const [group, items] of direct) {
    const recipient = group.slice(group.indexOf(" ") + 1);
    for (let start = 0; start < items.length; start += GROUP_SIZE) {
      const chunk = items.slice(start, start + GROUP_SIZE);
      const first = chunk[0]!;
      if (chunk.length === 1) {
        requests.push({ key: first.key, rule: `complaint-${first.kind}`, customerId: first.customerId, recipient, dueAt: now, payload: payloadOf(complaintPingMessage(first.content)) });
        continue;
      }
      const digest = createHash("sha256").update(chunk.map((item) => item.key).join("\n")).digest("hex").slice(0, 24);
      const headline = `${chunk.length} complaints ${KIND_HEADLINE[first.kind]}`;
      requests.push({
        key: `complaint-${first.kind}:group:${digest}:${recipient}`,
        rule: `complaint-${first.kind}`,
        recipient,
        dueAt: now,
        payload: payloadOf(complaintPingGroupMessage(headline, chunk.map((item) => item.content))),
      });
    }
  }
  return requests;
}

/** A neutral message as a delivery's payload. */
function payloadOf(message: Message): DeliveryPayload {
  return { message };
}
