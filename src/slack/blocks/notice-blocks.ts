import type { KnownBlock } from "@slack/types";

/** A one-paragraph answer (a refusal, a confirmation, a bad-input message). */
export function noticeBlocks(text: string): KnownBlock[] {
  return [{ type: "section", text: { type: "mrkdwn", text } }];
}
