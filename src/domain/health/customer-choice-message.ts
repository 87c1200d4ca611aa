import type { KnownBlock } from "@slack/types";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

export const PICK_CUSTOMER_ACTION = "health_pick_customer";

/** "Which one?" — one line per candidate with a button; pressing it repeats the request for that customer. */
export function customerChoiceBlocks(
  query: string,
  candidates: CustomerProfile[],
  more: boolean,
  request: { subcommand: string; at?: string },
): KnownBlock[] {
  return [
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: `Several customers match \`${escapeMrkdwn(query)}\`${more ? ` (showing the first ${candidates.length}; type more of the name to narrow it)` : ""} — which one?`,
      },
    },
    ...candidates.map(
      (customer): KnownBlock => ({
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${escapeMrkdwn(customer.key)}* · ${escapeMrkdwn(customer.name)}${customer.owner ? ` — owner ${escapeMrkdwn(customer.owner.name)}` : ""}`,
        },
        accessory: {
          type: "button",
          action_id: PICK_CUSTOMER_ACTION,
          text: { type: "plain_text", text: escapeMrkdwn(customer.key, "plain").slice(0, 75) },
          value: JSON.stringify({ s: request.subcommand, c: customer.id, ...(request.at ? { at: request.at } : {}) }),
        },
      }),
    ),
  ];
}
