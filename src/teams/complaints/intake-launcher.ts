import { INTAKE_FORM } from "../../domain/complaints/intake-form.js";
import { escapeCardText } from "../render/escape-card-text.js";
import { CARD_VERSION } from "../render/teams-limits.js";

/**
 * `complaint new [customer]` typed to Steward: a bot cannot open a dialog from a message, so the answer
 * is a card whose button does (`msteams.type: task/fetch` sends `task/fetch` with this data, answered
 * with the intake dialog). Null for any other command.
 */
export function intakeLauncher(text: string) {
  const match = /^\/?complaint\s+new\b\s*(.*)$/is.exec(text.trim());
  if (!match) return null;
  const customer = match[1]!.trim().slice(0, 100);
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body: [
      { type: "TextBlock", text: escapeCardText(customer ? `New complaint for ${customer}` : "New complaint"), wrap: true, weight: "Bolder" },
      { type: "ActionSet", actions: [{ type: "Action.Submit", title: "Open the intake form", data: { msteams: { type: "task/fetch" }, form: INTAKE_FORM, customer } }] },
    ],
  };
  return { type: "message" as const, summary: "New complaint", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] };
}
