import { cleanText } from "../../domain/text/clean-text.js";

/**
 * The one escaping function for text that people typed or imported (names, descriptions, reasons,
 * archived replies): every renderer passes such text through it exactly once, where it is put into a
 * message, so it can never ping (`<!channel>`, `<@U…>`), link (`<http://…|…>`) or format.
 *
 * - Characters nobody types (controls, NUL) are dropped and a lone UTF-16 surrogate becomes U+FFFD
 *   (cleanText): Slack refuses or mangles both. Text stored before intake cleaned it is cleaned here.
 * - In `mrkdwn` (the default, also for a message's `text` fallback), `&`, `<`, `>` become entities, as
 *   Slack requires, and the formatting marks `*`, `_`, `~` and backtick become look-alike characters
 *   (∗ ˍ ˜ ˋ) — Slack has no way to escape them — unless they stand between two letters or digits
 *   (`lin_wei@x.example`, `3*4`), where Slack never formats and the text stays exact.
 * - `notice` is for the domain's plain-text answers that quote what was typed in backticks ("No customer
 *   matches `ACMEE`"): as `mrkdwn`, but backticks stay, so the quote shows as code. The worst a typed
 *   backtick can do there is end the code span early; every other mark is still escaped.
 * - In `plain` (plain_text objects: headers, buttons, modal labels and initial values) nothing is markup,
 *   so only the cleaning applies.
 */
export function escapeMrkdwn(text: string, context: "mrkdwn" | "notice" | "plain" = "mrkdwn"): string {
  const clean = cleanText(text);
  if (context === "plain") return clean;
  return clean
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(context === "notice" ? /[*_~]/g : /[*_~`]/g, (mark, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(all[at + 1] ?? "") ? mark : LOOK_ALIKE[mark]!,
    );
}

const LOOK_ALIKE: Record<string, string> = { "*": "\u2217", _: "\u02cd", "~": "\u02dc", "`": "\u02cb" };
