import type { KnownBlock } from "@slack/types";

/** What a command answered, as the Slack path built it (text + blocks), before Teams renders it. */
export interface SlackBuiltAnswer {
  text: string;
  blocks?: KnownBlock[];
}
