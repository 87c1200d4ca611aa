import type { Message } from "../domain/messages/message.js";
import { renderCard } from "./render/render-card.js";

/** A neutral message as the activity Teams posts: the card as its one attachment, the summary for notifications. */
export function cardActivity(message: Message) {
  const { summary, card } = renderCard(message);
  return {
    type: "message" as const,
    summary,
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: card }],
  };
}
