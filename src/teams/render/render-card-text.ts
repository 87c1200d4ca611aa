import type { Inline } from "../../domain/messages/message.js";
import type { MentionEntity } from "./adaptive-card.js";
import { escapeCardText } from "./escape-card-text.js";
import { ICON_CHARACTERS } from "./icon-characters.js";

/** A link target shown as a link: http(s) with nothing that could end the markdown link early. */
const SAFE_URL = /^https?:\/\/[^\s<>()[\]]+$/;
/** Teams ids Steward puts into a mention: an AAD object id, a UPN, or a Bot Framework `29:` id. */
const TEAMS_ID = /^[\w.:@+-]{1,200}$/;

/** Collects the mention entities a card's texts use, one per person. */
export class MentionCollector {
  readonly entities: MentionEntity[] = [];

  mention(id: string, name: string): string {
    const text = `<at>${escapeCardText(name, "plain").replace(/[<>]/g, "")}</at>`;
    if (!this.entities.some((entity) => entity.text === text && entity.mentioned.id === id)) {
      this.entities.push({ type: "mention", text, mentioned: { id, name: escapeCardText(name, "plain") } });
    }
    return text;
  }
}

/**
 * Neutral inline text as Teams card markdown: the one place a message's strings are escaped for
 * Teams (each exactly once) and markup is written. A mention of someone without a Teams id, a
 * channel, or a link Teams could misread falls back to its text.
 */
export function renderCardText(inline: Inline, mentions: MentionCollector): string {
  if (typeof inline === "string") return escapeCardText(inline);
  if (Array.isArray(inline)) return inline.map((part: Inline) => renderCardText(part, mentions)).join("");
  const run = inline as Exclude<Inline, string | readonly Inline[]>;
  switch (run.kind) {
    case "strong":
      return `**${renderCardText(run.content, mentions)}**`;
    case "emphasis":
      return `_${renderCardText(run.content, mentions)}_`;
    case "code":
      // Card markdown has no inline code: the text itself, escaped.
      return escapeCardText(run.text);
    case "mention":
      return run.person.ids.teams && TEAMS_ID.test(run.person.ids.teams)
        ? mentions.mention(run.person.ids.teams, run.person.name)
        : escapeCardText(run.person.name);
    case "channel":
      return escapeCardText(run.name ? `#${run.name}` : "a channel");
    case "link":
      return SAFE_URL.test(run.url) ? `[${renderCardText(run.label, mentions)}](${run.url})` : renderCardText(run.label, mentions);
    case "icon":
      return ICON_CHARACTERS[run.name];
    case "date": {
      // Teams' card date functions show the moment in each reader's own zone; they want RFC 3339 to the second.
      const at = new Date(run.at);
      if (Number.isNaN(at.getTime())) return escapeCardText(run.fallback);
      const iso = at.toISOString().replace(/\.\d{3}Z$/, "Z");
      return `{{DATE(${iso}, SHORT)}} {{TIME(${iso})}}`;
    }
  }
}
