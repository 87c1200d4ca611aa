/**
 * A message's text as Slack sends it has `&`, `<` and `>` as entities; Steward stores what the person
 * wrote, so the renderer's one escaping (escape-mrkdwn.ts) is the only one — escaping Slack's entities
 * again is what showed `&amp;amp;` in archived replies. Mentions and links stay as their raw `<…>` text,
 * which the renderer then shows as text, never as a ping or a link.
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
