import type { Message, Part } from "../messages/message.js";
import type { PlatformIdentities } from "../roster/platform-identity.js";
import { acknowledgeButton } from "./acknowledge-button.js";
import { caseWhereabouts } from "./case-whereabouts.js";

export interface PageContent {
  complaintId: number;
  /** e.g. "Complaint #12 · ACME (urgent, technical)" */
  title: string;
  /** Pages of this tier-3 round so far, the escalation included. */
  count: number;
  /** The latest page's time in the reader's zone, e.g. "14:30". */
  last: string;
  /** The cap was reached: Steward stops paging and told the department head and admins. */
  final: boolean;
  cardChannel: PlatformIdentities | null;
  offerAcknowledge: boolean;
}

/**
 * The one page message of a tier-3 round, per executive and in the case thread: posted at the first
 * repeat, then rewritten at every later one ("Paged 3 times, last 14:30").
 */
export function complaintPageMessage(page: PageContent): Message {
  const status = page.final
    ? `Paged ${page.count} times, last ${page.last} — nobody acknowledged, so Steward stopped paging and told the department head and the admins.`
    : `Paged ${page.count} times, last ${page.last}. Acknowledge to stop the pages.`;
  const parts: Part[] = [{ kind: "text", text: [{ kind: "strong", content: page.title }, "\n", { kind: "icon", name: "rotating_light" }, ` Tier 3 has not acknowledged. ${status}`] }];
  if (page.cardChannel) parts.push({ kind: "note", text: caseWhereabouts(page.complaintId, page.cardChannel) });
  if (page.offerAcknowledge) parts.push({ kind: "controls", controls: [acknowledgeButton(page.complaintId, "primary")] });
  return { text: `${page.title}: paged ${page.count} times, last ${page.last}${page.final ? " — Steward stopped paging" : ""}`, parts };
}
