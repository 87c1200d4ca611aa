import type { Inline } from "./message.js";

/**
 * Neutral inline text as plain text where nothing is markup (a terminal, a form error): code keeps its
 * backtick quotes so it still reads as quoted, a mention or a channel is its name, an icon disappears.
 */
export function plainText(inline: Inline): string {
  if (typeof inline === "string") return inline;
  if (Array.isArray(inline)) return inline.map(plainText).join("");
  const run = inline as Exclude<Inline, string | readonly Inline[]>;
  switch (run.kind) {
    case "strong":
    case "emphasis":
      return plainText(run.content);
    case "code":
      return `\`${run.text}\``;
    case "mention":
      return run.person.name;
    case "channel":
      return run.name ? `#${run.name}` : "a channel";
    case "link":
      return plainText(run.label);
    case "icon":
      return "";
    case "date":
      return run.fallback;
  }
}
