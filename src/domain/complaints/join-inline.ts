import type { Inline } from "../messages/message.js";

/** Inline pieces with a separator between them (mentions joined by ", ", clock lines by " · "). */
export function joinInline(pieces: readonly Inline[], separator: string): Inline[] {
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [separator, piece]));
}
