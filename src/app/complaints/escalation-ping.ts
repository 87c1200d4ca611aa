import { addressOf } from "../../domain/roster/address-of.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { actorMention } from "../../domain/complaints/actor-mention.js";
import { joinInline } from "../../domain/complaints/join-inline.js";
import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";
import type { Inline } from "../../domain/messages/message.js";
import type { ComplaintPing } from "./complaint-ping-requests.js";

export interface EscalationPingInput {
  /** The case before the escalation (its version names the occurrence). */
  before: ComplaintCase;
  toTier: number;
  /** Who escalated: "steward" (a deadline) or a person's actor id, with their name. */
  by: { actor: string; name?: string };
  reason: string;
  /** The people of the new tier, who get the ping. */
  recipients: readonly { ids: PlatformIdentities; name: string }[];
  /** Say whom the case now waits on (the timers do; a person's escalation names no one). */
  sayWaitingOn: boolean;
}

/** The one ping an escalation sends, for a person's press and a timer alike: "Escalated to tier 2 by …: reason." */
export function escalationPing(input: EscalationPingInput): ComplaintPing {
  const waiting: Inline = !input.sayWaitingOn
    ? ""
    : input.recipients.length
      ? [" Waiting on ", joinInline(input.recipients.map((p): Inline => ({ kind: "mention", person: { name: p.name, ids: p.ids } })), ", "), "."]
      : " Nobody on the roster holds this tier: tell your Steward admin.";
  return {
    kind: "escalation",
    occurrence: `v${input.before.version}:tier${input.toTier}`,
    message: [`Escalated to tier ${input.toTier} by `, actorMention(input.by.actor, input.by.name), `: ${input.reason}.`, waiting],
    recipients: input.recipients.flatMap((p) => addressOf(p) ?? []),
    inThread: true,
    offerAcknowledge: true,
  };
}
