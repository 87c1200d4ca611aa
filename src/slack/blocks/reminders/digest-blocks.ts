export interface DigestEntryView {
  /** The item's one-line text (the message's plain-text fallback). */
  text: string;
  blocks: unknown[];
  late: boolean;
}

/**
 * One digest message: a header, then each item's blocks in the given order (most urgent first).
 * Late items (caught up after downtime) say so, so nobody wonders why a birthday comes a day late.
 */
export function digestBlocks(entries: readonly DigestEntryView[], part: { index: number; of: number }): { text: string; blocks: unknown[] } {
  const count = entries.length;
  const title = `${count === 1 ? "1 reminder" : `${count} reminders`} for you${part.of > 1 ? ` (part ${part.index} of ${part.of})` : ""}`;
  const lateCount = entries.filter((entry) => entry.late).length;
  const lateLine = lateCount
    ? `\n:hourglass: ${lateCount === count ? "These" : `${lateCount} of these`} came due while Steward was offline — sent late.`
    : "";
  const blocks: unknown[] = [{ type: "section", text: { type: "mrkdwn", text: `:bell: *${title}*${lateLine}` } }];
  for (const entry of entries) blocks.push(...entry.blocks);
  const text = [title, ...entries.map((entry) => `• ${entry.text}`)].join("\n");
  return { text, blocks };
}
