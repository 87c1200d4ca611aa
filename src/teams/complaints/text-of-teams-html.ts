/**
 * Teams sends a message's text as HTML (a message body, a reply in a thread): its text, line breaks
 * kept, entities read, and a mention (`<at>Hana</at>`) as `@Hana`.
 */
export function textOfTeamsHtml(html: string): string {
  return html
    .replace(/<at[^>]*>([^<]*)<\/at>/gi, "@$1")
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
