import type { ComplaintCase } from "./complaint-case.js";

/** Opened, escalated or reopened, and nobody of the current tier has taken it yet. */
export function isAwaitingAcknowledgement(complaint: ComplaintCase): boolean {
  return complaint.status === "open" || complaint.status === "reopened";
}
