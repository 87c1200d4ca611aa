import type { KnownBlock } from "@slack/types";
import { noticeBlocks } from "../../blocks/notice-blocks.js";
import type { SubcommandContext } from "../../commands/subcommand.js";

/** An ephemeral answer to the person who typed the command. */
export async function reply(ctx: SubcommandContext, text: string, blocks?: KnownBlock[]): Promise<void> {
  await ctx.respond({ response_type: "ephemeral", text, blocks: blocks ?? noticeBlocks(text) });
}
