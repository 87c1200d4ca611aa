import { ASSESS_VIEW } from "../../domain/health/assessment-form.js";
import { escapeCardText } from "../render/escape-card-text.js";
import { CARD_VERSION } from "../render/teams-limits.js";

/**
 * The answer to `customer assess ACME` in Teams, once the assessor may assess it: a bot cannot open a
 * dialog from a message, so the answer is a card whose button does (`msteams.type: task/fetch` sends
 * `task/fetch` with this data, answered with the assessment dialog, which checks everything again).
 */
export function assessLauncher(customer: { id: number; key: string }) {
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body: [
      { type: "TextBlock", text: escapeCardText(`Assess ${customer.key}`), wrap: true, weight: "Bolder" },
      { type: "ActionSet", actions: [{ type: "Action.Submit", title: "Open the assessment form", data: { msteams: { type: "task/fetch" }, form: ASSESS_VIEW, c: customer.id } }] },
    ],
  };
  return { type: "message" as const, summary: `Assess ${customer.key}`, attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] };
}
