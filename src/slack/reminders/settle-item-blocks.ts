import { itemActionsBlockId } from "../../domain/reminders/reminder-actions.js";

/**
 * The digest after one item was dealt with: that item's buttons give way to a line saying who did what
 * and when; the other items keep theirs.
 */
export function settleItemBlocks(blocks: readonly unknown[], itemKey: string, outcome: string): unknown[] {
  return blocks.map((block) =>
    (block as { block_id?: string }).block_id === itemActionsBlockId(itemKey)
      ? { type: "context", block_id: itemActionsBlockId(itemKey), elements: [{ type: "mrkdwn", text: outcome }] }
      : block,
  );
}
