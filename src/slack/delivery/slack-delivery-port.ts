import { webApi } from "@slack/bolt";
import type { DeliveryContent, DeliveryPort } from "../../domain/deliveries/delivery-port.js";
import { renderMessage } from "../render/render-message.js";
import { classifySlackFailure } from "./classify-slack-failure.js";

/** Message metadata every delivery carries, so a sent message can be recognised after a crash. */
export const DELIVERY_EVENT_TYPE = "steward_delivery";

export interface SlackDeliveryPortOptions {
  token: string;
  /** The Web API base URL (default Slack's); the local stand-in's in the console and tests. */
  slackApiUrl?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
}

/** A user id (`U…`, `W…`): posting to it opens a direct message, whose channel id Slack answers with. */
const USER_ID = /^[UW]/;

/** The neutral message rendered as Block Kit at send time; a row stored before the ledger held neutral messages as it was stored. */
function render(content: DeliveryContent): { text: string; blocks?: unknown[] } {
  if (content.kind === "message") return renderMessage(content.message);
  if (content.lead) return { text: content.text, blocks: [...renderMessage(content.lead).blocks, ...(content.blocks ?? [])] };
  return { text: content.text, ...(content.blocks ? { blocks: [...content.blocks] } : {}) };
}

/**
 * The drain's port to Slack: a Web API client for the drain alone, which does not retry and does not
 * wait out rate limits by itself (the drain does both, and records what happened), unlike Bolt's
 * default client.
 */
export function createSlackDeliveryPort(options: SlackDeliveryPortOptions): DeliveryPort {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    logLevel: webApi.LogLevel.ERROR,
  });
  const dmChannels = new Map<string, string>();

  const historyChannel = async (channel: string): Promise<string> => {
    if (!USER_ID.test(channel)) return channel;
    const known = dmChannels.get(channel);
    if (known) return known;
    const opened = await client.conversations.open({ users: channel });
    const id = opened.channel?.id ?? channel;
    dmChannels.set(channel, id);
    return id;
  };

  return {
    name: "Slack",
    limits: { post: "chat.postMessage", findPosted: "conversations.history" },
    async post(delivery) {
      const { text, blocks } = render(delivery.content);
      const result = await client.chat.postMessage({
        channel: delivery.to,
        text,
        ...(blocks ? { blocks: blocks as never } : {}),
        ...(delivery.thread ? { thread_ts: delivery.thread } : {}),
        metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { keys: delivery.keys } as never },
        unfurl_links: false,
        unfurl_media: false,
      });
      if (USER_ID.test(delivery.to) && result.channel) dmChannels.set(delivery.to, result.channel);
      return { conversation: result.channel ?? delivery.to, id: result.ts ?? "" };
    },
    async update(posted, delivery) {
      const { text, blocks } = render(delivery.content);
      // The metadata stays that of the first post, which `findPosted` recognises it by.
      const result = await client.chat.update({
        channel: posted.conversation,
        ts: posted.id,
        text,
        ...(blocks ? { blocks: blocks as never } : {}),
      });
      return { conversation: result.channel ?? posted.conversation, id: result.ts ?? posted.id };
    },
    async findPosted(to, keys) {
      const found = new Map<string, { conversation: string; id: string }>();
      const wanted = new Set(keys);
      const id = await historyChannel(to);
      const history = await client.conversations.history({ channel: id, include_all_metadata: true, limit: 200 });
      for (const message of history.messages ?? []) {
        const metadata = (message as { metadata?: { event_type?: string; event_payload?: { keys?: unknown } } }).metadata;
        const posted = metadata?.event_type === DELIVERY_EVENT_TYPE ? metadata.event_payload?.keys : undefined;
        if (!Array.isArray(posted) || !message.ts) continue;
        for (const key of posted) if (typeof key === "string" && wanted.has(key) && !found.has(key)) found.set(key, { conversation: id, id: message.ts });
      }
      return found;
    },
    async userTimeZone(userId) {
      const info = await client.users.info({ user: userId });
      return info.user?.tz ?? null;
    },
    classifyFailure: classifySlackFailure,
  };
}
