import type { Inline, Message, Part } from "../messages/message.js";

export interface DigestHeader {
  /** The plain title (`3 reminders for you (part 1 of 2)`), which begins the message's fallback text. */
  title: string;
  part: Part;
}

/**
 * A digest's first part: how many items, which part of several, and — when some came due while
 * Steward was offline — that they are late, so nobody wonders why a birthday comes a day late.
 */
export function digestHeader(count: number, lateCount: number, part: { index: number; of: number }): DigestHeader {
  const title = `${count === 1 ? "1 reminder" : `${count} reminders`} for you${part.of > 1 ? ` (part ${part.index} of ${part.of})` : ""}`;
  const late: Inline[] = lateCount
    ? ["\n", { kind: "icon", name: "hourglass" }, ` ${lateCount === count ? "These" : `${lateCount} of these`} came due while Steward was offline — sent late.`]
    : [];
  return { title, part: { kind: "text", text: [{ kind: "icon", name: "bell" }, " ", { kind: "strong", content: title }, ...late] } };
}

/**
 * One digest message: the header, then each item's parts in the given order (most urgent first); its
 * fallback text lists the items, one line each.
 */
export function digestMessage(items: readonly { message: Message; late: boolean }[], part: { index: number; of: number }): Message {
  const header = digestHeader(items.length, items.filter((item) => item.late).length, part);
  return {
    text: [header.title, ...items.flatMap((item): Inline[] => ["\n• ", item.message.text])],
    parts: [header.part, ...items.flatMap((item) => item.message.parts)],
  };
}
