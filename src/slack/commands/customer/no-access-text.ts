import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { mentionPerson } from "../../blocks/mention-person.js";

/** Why a roster person may not see a customer's score or facts (docs/access.md), without revealing them. */
export function noAccessText(customer: CustomerProfile, kind: "score" | "facts" = "score"): string {
  const owner = customer.owner ? ` (${mentionPerson(customer.owner)})` : "";
  const key = escapeMrkdwn(customer.key);
  if (kind === "facts") {
    return `Sorry — ${key}'s contacts and interactions are shown to its owner${owner}, their department, its head, technical support, executives and admins.`;
  }
  return `Sorry — ${key}'s score is visible to its owner${owner}, their department, its head, executives and admins. Ask the owner to share it in a channel.`;
}
