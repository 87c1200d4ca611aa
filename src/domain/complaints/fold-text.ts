/**
 * The first `limit` characters of a long text, cut at a word where possible, with how much was left out;
 * the whole text stays stored. Slack refuses a section longer than 3,000 characters.
 */
export function foldText(text: string, limit: number): { shown: string; folded: number } {
  if (text.length <= limit) return { shown: text, folded: 0 };
  const cut = text.lastIndexOf(" ", limit);
  const end = cut > limit * 0.8 ? cut : limit;
  return { shown: `${text.slice(0, end)}…`, folded: text.length - end };
}
