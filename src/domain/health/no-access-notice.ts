import type { Inline } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import type { CustomerProfile } from "./customer-profile.js";

/** Why a roster person may not see a customer's score or facts (docs/access.md), without revealing them. */
export function noAccessNotice(customer: CustomerProfile, kind: "score" | "facts" = "score"): Inline {
  const owner: Inline = customer.owner ? [" (", mentionPerson(customer.owner), ")"] : "";
  if (kind === "facts") {
    return ["Sorry — ", customer.key, "'s contacts and interactions are shown to its owner", owner, ", their department, its head, technical support, executives and admins."];
  }
  return ["Sorry — ", customer.key, "'s score is visible to its owner", owner, ", their department, its head, executives and admins. Ask the owner to share it in a channel."];
}
