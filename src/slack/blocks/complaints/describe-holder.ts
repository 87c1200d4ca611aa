import type { ComplaintCase } from "../../../domain/complaints/complaint-case.js";

/** Who holds the case now: its acknowledger, else the tier's people it waits on. */
export function describeHolder(complaint: ComplaintCase, tierPeople: readonly string[]): string {
  // Waiting on the customer, the case is still held by whoever acknowledged it.
  const held = complaint.status === "acknowledged" || complaint.status === "waiting_on_customer";
  if (held && complaint.acknowledgedBy) return `held by <@${complaint.acknowledgedBy}>`;
  if (complaint.status === "resolved" || complaint.status === "closed") {
    return complaint.resolvedBy ? `resolved by <@${complaint.resolvedBy}>` : "resolved";
  }
  if (tierPeople.length === 0) return "waiting — nobody on the roster holds this tier";
  return `waiting on ${tierPeople.map((id) => `<@${id}>`).join(", ")}`;
}
