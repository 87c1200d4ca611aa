/** Slack mrkdwn treats &, < and > as control characters; names and reasons typed by people must not. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
