import { cleanText } from "../../domain/text/clean-text.js";

const LOOK_ALIKE: Record<string, string> = { "*": "\u2217", _: "\u02cd", "~": "\u02dc", "`": "\u02cb" };
const ZWSP = "\u200b";

/**
 * The one escaping function for typed or imported text on its way into an Adaptive Card TextBlock or
 * Fact (Teams' markdown subset): it can never format, link, list or mention.
 *
 * - Cleaned as everywhere (cleanText): no control characters, no lone surrogates.
 * - The formatting marks `*`, `_`, `~` and backtick become look-alike characters (∗ ˍ ˜ ˋ), unless they
 *   stand between two letters or digits (`lin_wei@x.example`, `3*4`), where no markdown formats them —
 *   the same rule as Slack's escapeMrkdwn, so both platforms show the same characters. Teams' card
 *   markdown documents no escape character that every client honours, so look-alikes are the only
 *   escaping that holds on desktop, web and mobile alike.
 * - `<` is followed by a zero-width space, so typed `<at>…</at>` (Teams' mention markup) or any tag
 *   never matches; `](` gets one between, so `[x](http://evil)` is no link; `&` gets one, so a typed
 *   entity (`&lt;`) is shown as typed; `{{` gets one, so typed text never calls Teams' `{{DATE(…)}}`.
 * - A line that starts like a list, heading or quote (`- `, `1. `, `# `, `> `) starts with a
 *   zero-width space, so it stays a line of text.
 * `plain` is for the places Teams never reads markdown (button titles, input labels, dialog titles,
 * choice titles): only the cleaning applies.
 */
export function escapeCardText(text: string, context: "markdown" | "plain" = "markdown"): string {
  const clean = cleanText(text);
  if (context === "plain") return clean;
  return clean
    .replace(/[*_~`]/g, (mark, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(all[at + 1] ?? "") ? mark : LOOK_ALIKE[mark]!,
    )
    .replace(/</g, `<${ZWSP}`)
    .replace(/&/g, `&${ZWSP}`)
    .replace(/\]\(/g, `]${ZWSP}(`)
    .replace(/\{\{/g, `{${ZWSP}{`)
    .replace(/^(?=[-+#>]|\d+[.)])/gm, ZWSP);
}
