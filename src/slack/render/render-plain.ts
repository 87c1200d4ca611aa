import type { Inline } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";

/** Neutral inline text as Slack plain_text (headers, buttons, labels): no markup, names for mentions. */
export function renderPlain(inline: Inline): string {
  if (typeof inline === "string") return escapeMrkdwn(inline, "plain");
  if (Array.isArray(inline)) return inline.map(renderPlain).join("");
  const run = inline as Exclude<Inline, string | readonly Inline[]>;
  switch (run.kind) {
    case "strong":
    case "emphasis":
      return renderPlain(run.content);
    case "code":
      return escapeMrkdwn(run.text, "plain");
    case "mention":
      return escapeMrkdwn(run.person.name, "plain");
    case "channel":
      return escapeMrkdwn(run.name ? `#${run.name}` : "a channel", "plain");
    case "link":
      return renderPlain(run.label);
    case "icon":
      return `:${run.name}:`;
    case "date":
      return escapeMrkdwn(run.fallback, "plain");
  }
}
