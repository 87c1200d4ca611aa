/** What ordering and splitting a digest needs to know of each item. */
export interface DigestEntry {
  key: string;
  urgency: number;
  dueAt: Date;
  late: boolean;
}

/**
 * One recipient's items as digest messages: most urgent first (late before on-time within a rule,
 * then the earliest), at most `maxItems` per message.
 */
export function orderDigest<T extends DigestEntry>(items: readonly T[], maxItems: number): T[][] {
  const ordered = [...items].sort(
    (a, b) =>
      a.urgency - b.urgency ||
      Number(b.late) - Number(a.late) ||
      a.dueAt.getTime() - b.dueAt.getTime() ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const messages: T[][] = [];
  for (let start = 0; start < ordered.length; start += maxItems) messages.push(ordered.slice(start, start + maxItems));
  return messages;
}
