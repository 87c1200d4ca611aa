/** Roster text (names, titles, problems) as it must appear inside reminder text: `&`, `<`, `>` escaped, as Slack requires. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
