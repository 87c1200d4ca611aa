import type { Inline, PersonMention } from "../messages/message.js";
import { caseActorMention } from "./case-actor-mention.js";
import type { ComplaintCase } from "./complaint-case.js";
import { joinInline } from "./join-inline.js";

/** Who holds the case now: its acknowledger, else the tier's people it waits on. */
export function describeHolder(complaint: ComplaintCase, tierPeople: readonly PersonMention[]): Inline {
  // Waiting on the customer, the case is still held by whoever acknowledged it.
  const held = complaint.status === "acknowledged" || complaint.status === "waiting_on_customer";
  if (held && complaint.acknowledgedBy) return ["held by ", caseActorMention(complaint, complaint.acknowledgedBy)];
  if (complaint.status === "resolved" || complaint.status === "closed") {
    return complaint.resolvedBy ? ["resolved by ", caseActorMention(complaint, complaint.resolvedBy)] : "resolved";
  }
  if (tierPeople.length === 0) return "waiting — nobody on the roster holds this tier";
  return ["waiting on ", joinInline(tierPeople.map((person): Inline => ({ kind: "mention", person })), ", ")];
}
