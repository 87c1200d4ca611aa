import { ACTION_RESULT_VIEW } from "../../domain/health/action-result-form.js";
import type { Form } from "../../domain/messages/message.js";
import { escapeCardText } from "../render/escape-card-text.js";
import { MentionCollector, renderCardText } from "../render/render-card-text.js";
import { CARD_VERSION } from "../render/teams-limits.js";

/**
 * The answer to a "Record result" press in Teams, once the presser may record it: an `Action.Execute`
 * press cannot open a dialog, so the answer is a card saying which action it is (the result form's own
 * description) with the button that opens the form (`msteams.type: task/fetch` sends `task/fetch` with
 * this data, answered with the result dialog, which checks everything again).
 */
export function actionResultLauncher(form: Form, actionId: number) {
  const mentions = new MentionCollector();
  const described = form.items.flatMap((item) => (item.kind === "text" ? [{ type: "TextBlock", text: renderCardText(item.text, mentions), wrap: true }] : []));
  const card = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body: [
      { type: "TextBlock", text: escapeCardText("Record the result"), wrap: true, weight: "Bolder" },
      ...described,
      { type: "ActionSet", actions: [{ type: "Action.Submit", title: "Open the result form", data: { msteams: { type: "task/fetch" }, form: ACTION_RESULT_VIEW, a: actionId } }] },
    ],
    ...(mentions.entities.length ? { msteams: { entities: mentions.entities } } : {}),
  };
  return { type: "message" as const, summary: "Record the result", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }] };
}
