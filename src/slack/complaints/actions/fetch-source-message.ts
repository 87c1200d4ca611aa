import type { WebClient } from "@slack/web-api";
import { decodeSlackText } from "../../events/decode-slack-text.js";

/** The whole text of the message a complaint was logged from (the modal holds only its beginning). */
export async function fetchSourceMessage(
  client: WebClient,
  channel: string,
  ts: string,
): Promise<{ text: string; user: string | null; at: Date | null } | null> {
  try {
    const history = await client.conversations.history({ channel, latest: ts, oldest: ts, inclusive: true, limit: 1 });
    const message = history.messages?.find((m) => m.ts === ts) ?? (await client.conversations.replies({ channel, ts, limit: 1 })).messages?.find((m) => m.ts === ts);
    if (!message?.text) return null;
    return { text: decodeSlackText(message.text), user: message.user ?? null, at: new Date(Number(ts) * 1000) };
  } catch {
    // Not readable (the bot left the channel): the description and the permalink remain.
    return null;
  }
}
