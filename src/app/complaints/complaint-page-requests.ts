import { formatMoment } from "../../domain/complaints/format-moment.js";
import { cardChannelOf } from "../../domain/complaints/card-channel-of.js";
import { complaintPageMessage } from "../../domain/complaints/complaint-page-message.js";
import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";
import type { PingedCase } from "./complaint-ping-requests.js";

export interface RepeatPage {
  record: PingedCase;
  number: number;
  final: boolean;
  /** Executives paged now, with the zone their message shows the time in. */
  recipients: readonly { address: string; timeZone: string }[];
  teamTimeZone: string;
}

/**
 * A repeated page as ledger entries: for each executive (and the case thread) the round's one page
 * message — `complaint-page:<case>:<round>:<recipient>`, posted once — and, when that message exists
 * already, an update of it keyed by the page number. `posts` go in first; `updatesOf(newPosts)` gives the
 * updates for the posts that were already there, so page 2 posts and pages 3… rewrite, on every replica.
 */
export function complaintPageRequests(pages: readonly RepeatPage[], now: Date): { posts: DeliveryRequest[]; updatesOf(inserted: readonly string[]): DeliveryRequest[] } {
  const posts: DeliveryRequest[] = [];
  const updates: DeliveryRequest[] = [];
  for (const page of pages) {
    const c = page.record.case;
    const round = `complaint-page:${c.id}:${c.tierSince.getTime()}`;
    const title = `Complaint #${c.id} · ${page.record.customer.key} (${c.class}, ${c.category})`;
    const content = (zone: string, inThread: boolean) => ({
      complaintId: c.id,
      title,
      count: page.number,
      last: formatMoment(now, now, zone),
      final: page.final,
      cardChannel: inThread ? null : cardChannelOf(page.record),
      offerAcknowledge: !inThread,
    });
    const add = (key: string, recipient: string, zone: string, threadTs?: string) => {
      const message = complaintPageMessage(content(zone, threadTs !== undefined));
      const payload = { message, ...(threadTs ? { threadTs } : {}) };
      const base = { rule: "complaint-page", customerId: page.record.customer.id, recipient, dueAt: now };
      posts.push({ ...base, key, payload });
      updates.push({ ...base, key: `${key}:page${page.number}`, payload: { ...payload, updateOf: key } });
    };
    for (const person of page.recipients) add(`${round}:${person.address}`, person.address, person.timeZone);
    if (page.record.cardChannel && page.record.cardTs) add(`${round}:thread`, page.record.cardChannel, page.teamTimeZone, page.record.cardTs);
  }
  return {
    posts,
    updatesOf(inserted) {
      const fresh = new Set(inserted);
      return updates.filter((update) => !fresh.has(update.payload.updateOf!));
    },
  };
}
