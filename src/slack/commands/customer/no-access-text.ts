import type { CustomerProfile } from "../../../domain/health/customer-profile.js";

/** Why a roster person may not see a customer's score, without revealing the score. */
export function noAccessText(customer: CustomerProfile): string {
  return `Sorry — ${customer.key}'s score is visible to its owner${customer.owner ? ` (<@${customer.owner.slackUserId}>)` : ""}, their department, its head, executives and admins. Ask the owner to share it in a channel.`;
}
