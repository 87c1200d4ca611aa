import type { Message } from "../messages/message.js";
import type { CustomerProfile } from "./customer-profile.js";

export const PICK_CUSTOMER_ACTION = "health_pick_customer";

/** "Which one?" — one line per candidate with a button; pressing it repeats the request for that customer. */
export function customerChoiceMessage(
  query: string,
  candidates: CustomerProfile[],
  more: boolean,
  request: { subcommand: string; at?: string },
): Message {
  return {
    text: `Several customers match ${query}`,
    parts: [
      {
        kind: "text",
        text: [
          "Several customers match ",
          { kind: "code", text: query },
          more ? ` (showing the first ${candidates.length}; type more of the name to narrow it)` : "",
          " — which one?",
        ],
      },
      ...candidates.map((customer) => ({
        kind: "text" as const,
        text: [{ kind: "strong" as const, content: customer.key }, " · ", customer.name, ...(customer.owner ? [" — owner ", customer.owner.name] : [])],
        accessory: {
          kind: "button" as const,
          label: customer.key,
          action: PICK_CUSTOMER_ACTION,
          value: JSON.stringify({ s: request.subcommand, c: customer.id, ...(request.at ? { at: request.at } : {}) }),
        },
      })),
    ],
  };
}
