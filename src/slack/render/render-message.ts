import type { KnownBlock } from "@slack/types";
import type { Message } from "../../domain/messages/message.js";
import { clipText } from "./clip-text.js";
import { renderMrkdwn } from "./render-mrkdwn.js";
import { renderPart } from "./render-part.js";
import { SLACK_LIMITS } from "./slack-limits.js";

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * A neutral message as a Slack message: `text` for notifications and clients without blocks, the
 * parts as Block Kit. More parts than a message may hold end with a note saying so, never a refusal.
 */
export function renderMessage(message: Message): SlackMessage {
  const blocks = message.parts.map(renderPart);
  const max = SLACK_LIMITS.blocksPerMessage;
  const shown =
    blocks.length <= max
      ? blocks
      : [...blocks.slice(0, max - 1), { type: "context" as const, elements: [{ type: "mrkdwn" as const, text: `${blocks.length - max + 1} more parts not shown` }] }];
  return { text: clipText(renderMrkdwn(message.text), SLACK_LIMITS.messageText), blocks: shown };
}
