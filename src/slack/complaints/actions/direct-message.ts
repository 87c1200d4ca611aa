import type { WebClient } from "@slack/web-api";

/** A one-line DM (mrkdwn) to the person behind a press or submission, e.g. the outcome of a form. */
export async function directMessage(client: WebClient, user: string, text: string): Promise<void> {
  await client.chat.postMessage({ channel: user, text });
}
