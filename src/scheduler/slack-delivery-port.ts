import { webApi } from "@slack/bolt";

/** Message metadata every delivery carries, so a sent message can be recognised after a crash. */
export const DELIVERY_EVENT_TYPE = "steward_delivery";

export interface OutgoingMessage {
  /** A Slack user id (DM) or channel id. */
  channel: string;
  text: string;
  blocks?: unknown[];
  threadTs?: string;
  /** The ledger keys this message delivers. */
  keys: string[];
  /** Rewrite the message another delivery posted (its ledger key) instead of posting. */
  updateOf?: string;
}

/** What the drain needs of the Slack Web API. */
export interface SlackDeliveryPort {
  post(message: OutgoingMessage): Promise<{ channel: string; ts: string }>;
  /** Rewrites a message posted earlier (`chat.update`): the same text and blocks again leave it as it is. */
  update(message: OutgoingMessage, ts: string): Promise<{ channel: string; ts: string }>;
  /** Of `keys`, those already posted to `channel` (its recent history, by message metadata), with their message. */
  findPosted(channel: string, keys: readonly string[]): Promise<Map<string, { channel: string; ts: string }>>;
  /** The time zone of a Slack user's profile (`users.info`), if Slack knows it. */
  userTimeZone(userId: string): Promise<string | null>;
}

export interface SlackDeliveryPortOptions {
  token: string;
  /** The Web API base URL (default Slack's); the local stand-in's in the console and tests. */
  slackApiUrl?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
}

/**
 * A Web API client for the drain alone: it does not retry and does not wait out rate limits by
 * itself (the drain does both, and records what happened), unlike Bolt's default client.
 */
export function createSlackDeliveryPort(options: SlackDeliveryPortOptions): SlackDeliveryPort {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    logLevel: webApi.LogLevel.ERROR,
  });
  const dmChannels = new Map<string, string>();

  const historyChannel = async (channel: string): Promise<string> => {
    if (!/^[UW]/.test(channel)) return channel;
    const known = dmChannels.get(channel);
    if (known) return known;
    const opened = await client.conversations.open({ users: channel });
    const id = opened.channel?.id ?? channel;
    dmChannels.set(channel, id);
    return id;
  };

  return {
    async post(message) {
      const result = await client.chat.postMessage({
        channel: message.channel,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks as never } : {}),
        ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
        metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { keys: message.keys } as never },
        unfurl_links: false,
        unfurl_media: false,
      });
      if (/^[UW]/.test(message.channel) && result.channel) dmChannels.set(message.channel, result.channel);
      return { channel: result.channel ?? message.channel, ts: result.ts ?? "" };
    },
    async update(message, ts) {
      // The metadata stays that of the first post, which `findPosted` recognises it by.
      const result = await client.chat.update({
        channel: message.channel,
        ts,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks as never } : {}),
      });
      return { channel: result.channel ?? message.channel, ts: result.ts ?? ts };
    },
    async findPosted(channel, keys) {
      const found = new Map<string, { channel: string; ts: string }>();
      const wanted = new Set(keys);
      const id = await historyChannel(channel);
      const history = await client.conversations.history({ channel: id, include_all_metadata: true, limit: 200 });
      for (const message of history.messages ?? []) {
        const metadata = (message as { metadata?: { event_type?: string; event_payload?: { keys?: unknown } } }).metadata;
        const posted = metadata?.event_type === DELIVERY_EVENT_TYPE ? metadata.event_payload?.keys : undefined;
        if (!Array.isArray(posted) || !message.ts) continue;
        for (const key of posted) if (typeof key === "string" && wanted.has(key) && !found.has(key)) found.set(key, { channel: id, ts: message.ts });
      }
      return found;
    },
    async userTimeZone(userId) {
      const info = await client.users.info({ user: userId });
      return info.user?.tz ?? null;
    },
  };
}
