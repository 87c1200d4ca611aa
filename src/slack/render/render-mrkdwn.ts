import type { Inline } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";

/**
 * Slack ids Steward puts into markup: anything else (a typed `<!channel>`) stays text. `_` is allowed:
 * it cannot end the markup, and the stand-in workspace of the tests names people `U_OWNER`.
 */
const SLACK_ID = /^[A-Z0-9_]{2,40}$/;
/** A link target Slack shows as it is: http(s), nothing that could close the link or add a label. */
const SAFE_URL = /^https?:\/\/[^\s<>|]+$/;

/**
 * Neutral inline text as Slack mrkdwn: the one place a message's strings are escaped (each exactly
 * once) and markup is written. A mention without a Slack id, or a link Slack could misread, falls
 * back to its text.
 */
export function renderMrkdwn(inline: Inline): string {
  if (typeof inline === "string") return escapeMrkdwn(inline);
  if (Array.isArray(inline)) return inline.map(renderMrkdwn).join("");
  const run = inline as Exclude<Inline, string | readonly Inline[]>;
  switch (run.kind) {
    case "strong":
      return `*${renderMrkdwn(run.content)}*`;
    case "emphasis":
      return `_${renderMrkdwn(run.content)}_`;
    case "code":
      return `\`${escapeMrkdwn(run.text, "notice").replace(/`/g, "\u02cb")}\``;
    case "mention":
      return run.person.ids.slack && SLACK_ID.test(run.person.ids.slack) ? `<@${run.person.ids.slack}>` : escapeMrkdwn(run.person.name);
    case "channel":
      return run.channel.slack && SLACK_ID.test(run.channel.slack) ? `<#${run.channel.slack}>` : escapeMrkdwn(run.name ? `#${run.name}` : "a channel");
    case "link":
      return SAFE_URL.test(run.url) ? `<${run.url}|${renderMrkdwn(run.label)}>` : renderMrkdwn(run.label);
    case "icon":
      return `:${run.name}:`;
    case "date":
      return `<!date^${Math.floor(Date.parse(run.at) / 1000)}^{date_short_pretty} {time}|${escapeMrkdwn(run.fallback)}>`;
  }
}
