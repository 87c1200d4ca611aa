import type { Inline } from "./message.js";

/**
 * Inline text without its markup (a mention by name, an icon left out): the plain `text` a delivery
 * still carries beside its neutral message until every producer has moved to messages (issue 12).
 */
export function plainTextOf(inline: Inline): string {
  if (typeof inline === "string") return inline;
  if (Array.isArray(inline)) return inline.map(plainTextOf).join("");
  const run = inline as Exclude<Inline, string | readonly Inline[]>;
  switch (run.kind) {
    case "strong":
    case "emphasis":
      return plainTextOf(run.content);
    case "code":
      return run.text;
    case "mention":
      return run.person.name;
    case "channel":
      return run.name ? `#${run.name}` : "the channel";
    case "link":
      return plainTextOf(run.label);
    case "icon":
      return "";
    case "date":
      return run.fallback;
  }
}
