import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { settleItemBlocks } from "./settle-item-blocks.js";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Rewrites the pressed digest so the item shows its outcome instead of its buttons. The message's
 * blocks come with the press; when they do not, they are read back from the channel.
 */
export async function updateDigestItem(args: ActionArgs, itemKey: string, outcome: string): Promise<void> {
  const { body, client } = args;
  const pressed = body.message as { ts?: string; text?: string; blocks?: unknown[] } | undefined;
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = pressed?.ts ?? body.container?.message_ts;
  if (!channel || !ts) return;
  let message = pressed?.blocks ? pressed : undefined;
  if (!message) {
    const history = await client.conversations.history({ channel, latest: ts, oldest: ts, inclusive: true, limit: 1 });
    message = (history.messages ?? []).find((m) => m.ts === ts) as typeof pressed;
  }
  if (!message?.blocks) return;
  await client.chat.update({
    channel,
    ts,
    text: message.text ?? "Reminders",
    blocks: settleItemBlocks(message.blocks, itemKey, outcome) as never,
  });
}
