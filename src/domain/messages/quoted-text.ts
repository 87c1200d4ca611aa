import type { Inline } from "./message.js";

/**
 * A plain-text message whose `backtick quotes` are code: the parsers' messages (also printed by the CLI
 * and shown as form errors, where a backtick is just a quote) become neutral inline text for a chat
 * reply. An unpaired backtick stays text.
 */
export function quotedText(text: string): Inline {
  const pieces = text.split("`");
  if (pieces.length % 2 === 0) return text;
  return pieces.map((piece, i): Inline => (i % 2 === 1 ? { kind: "code", text: piece } : piece)).filter((piece) => piece !== "");
}
