import { identityToken } from "../../domain/roster/identity-token.js";

// Slack escapes a user mention as <@U123ABC> or <@U123ABC|name> (W… for Enterprise Grid members).
const SLACK_MENTION = /<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>/g;

/**
 * A command's text with each of Slack's escaped user mentions replaced by the neutral identity token
 * the domain's parsers read (`<@U123|mei>` → `@slack:U123`). Only for commands whose words name people:
 * other text (a complaint's description) keeps Slack's form.
 */
export function slackMentionsAsTokens(text: string): string {
  return text.replace(SLACK_MENTION, (_mention, id: string) => identityToken({ platform: "slack", id }));
}
