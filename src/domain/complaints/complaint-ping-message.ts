import type { Inline, Message, Part } from "../messages/message.js";
import type { PlatformIdentities } from "../roster/platform-identity.js";
import { acknowledgeButton } from "./acknowledge-button.js";
import { caseWhereabouts } from "./case-whereabouts.js";

export interface PingContent {
  complaintId: number;
  /** e.g. "Complaint #12 · ACME (urgent, technical)" */
  title: string;
  /** What happened and why, in one sentence. */
  message: Inline;
  /** Where the case's conversation is, e.g. the lead channel. */
  cardChannel: PlatformIdentities | null;
  /** Offer Acknowledge right in the DM (escalations and pages wait on the recipient). */
  offerAcknowledge: boolean;
}

/** The ping's one-line text (notifications, screen readers). */
export function complaintPingText(ping: Pick<PingContent, "title" | "message">): Inline {
  return [ping.title, ": ", ping.message];
}

/** A DM or thread message about a case: escalations, warnings, pages. */
export function complaintPingMessage(ping: PingContent): Message {
  const parts: Part[] = [{ kind: "text", text: [{ kind: "strong", content: ping.title }, "\n", ping.message] }];
  if (ping.cardChannel) parts.push({ kind: "note", text: caseWhereabouts(ping.complaintId, ping.cardChannel) });
  if (ping.offerAcknowledge) parts.push({ kind: "controls", controls: [acknowledgeButton(ping.complaintId, "primary")] });
  return { text: complaintPingText(ping), parts };
}
