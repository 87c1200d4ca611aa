import type { Inline, Message, Part } from "../../domain/messages/message.js";
import type { AdaptiveCard, CardElement } from "./adaptive-card.js";
import { renderCardPart } from "./render-card-part.js";
import { MentionCollector, renderCardText } from "./render-card-text.js";
import { CARD_VERSION, TEAMS_LIMITS } from "./teams-limits.js";

export interface TeamsMessage {
  /** The notification / summary line (the activity's `summary` and `text` fallback). */
  summary: string;
  card: AdaptiveCard;
}

/**
 * A neutral message as one Adaptive Card. A card over Teams' size limit loses parts from its end,
 * replaced by a note saying how many are not shown — never a refused message.
 */
export function renderCard(message: Message): TeamsMessage {
  // The summary is what notifications and the chat list show, as plain text: no markdown, no mention tags.
  const summary = renderCardText(message.text, new MentionCollector())
    .replace(/<at>([^<]*)<\/at>/g, "$1")
    .replace(/\[([^\]]*)\]\(https?:[^)]*\)/g, "$1")
    .replace(/\*\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "");
  let shown = message.parts.length;
  for (;;) {
    const hidden = message.parts.length - shown;
    const parts: Part[] = [...message.parts.slice(0, shown), ...(hidden ? [{ kind: "note" as const, text: `${hidden} more parts not shown` }] : [])];
    const card = buildCard(parts, message.parts.length === 0 ? message.text : undefined);
    if (shown === 0 || Buffer.byteLength(JSON.stringify(card)) <= TEAMS_LIMITS.cardBytes) return { summary, card };
    shown = Math.max(0, shown - Math.max(1, Math.ceil(shown / 8)));
  }
}

function buildCard(parts: readonly Part[], textOnly: Inline | undefined): AdaptiveCard {
  const mentions = new MentionCollector();
  let inputs = 0;
  const nextInputId = () => `choice-${++inputs}`;
  const body: CardElement[] = [];
  let separate = false;
  // A message with only its text (a notice) shows that text as the card's one paragraph.
  for (const part of textOnly !== undefined ? [{ kind: "text" as const, text: textOnly }] : parts) {
    if (part.kind === "divider") {
      separate = body.length > 0;
      continue;
    }
    const elements = renderCardPart(part, mentions, nextInputId);
    if (separate && elements[0]) elements[0] = { ...elements[0], separator: true, spacing: "Medium" };
    separate = false;
    body.push(...elements);
  }
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body,
    msteams: { width: "Full", ...(mentions.entities.length ? { entities: mentions.entities } : {}) },
  };
}
