import type { KnownBlock } from "@slack/types";
import type { Subcommand } from "../commands/subcommand.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

/** The help reply of a slash command: every subcommand with its usage and what it does. */
export function helpBlocks(command: string, subcommands: Subcommand[], problem?: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (problem) blocks.push({ type: "section", text: { type: "mrkdwn", text: `:warning: ${problem}` } });
  blocks.push({ type: "header", text: { type: "plain_text", text: `${command} — what you can do` } });
  const lines = [...subcommands.map((sub) => `\`${escapeMrkdwn(sub.usage)}\` — ${escapeMrkdwn(sub.summary)}`), `\`${command} help\` — this list`];
  blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
  return blocks;
}
