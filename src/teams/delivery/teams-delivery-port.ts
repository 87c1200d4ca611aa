import { ConversationActivityClient } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import type { Database } from "../../db/database.js";
import { findTeamsConversation } from "../../db/teams/find-teams-conversation.js";
import type { Message } from "../../domain/messages/message.js";
import { ClassifiedDeliveryFailure } from "../../scheduler/classified-delivery-failure.js";
import { cardActivity } from "../card-activity.js";
import { classifyTeamsFailure } from "./classify-teams-failure.js";

export interface TeamsOutgoingMessage {
  /** `teams:<conversation id>` or `teams:<AAD object id>` (that person's personal chat with Steward); the prefix is optional. */
  channel: string;
  /** The fallback line, used when there is no neutral message. */
  text: string;
  message?: Message;
  /** Reply in the thread of this activity (a channel post), instead of a new post. */
  threadTs?: string;
  /** The ledger keys this message delivers. */
  keys: string[];
}

/** The Teams side of the delivery drain, in the shape of src/scheduler/slack-delivery-port.ts. */
export interface TeamsDeliveryPort {
  post(message: TeamsOutgoingMessage): Promise<{ channel: string; ts: string }>;
  update(message: TeamsOutgoingMessage, ts: string): Promise<{ channel: string; ts: string }>;
  /**
   * Teams keeps no searchable metadata on a bot's messages, so a post that may have reached Teams
   * before a crash cannot be found again: this finds nothing, and exactly-once rests on the ledger's claim.
   */
  findPosted(channel: string, keys: readonly string[]): Promise<Map<string, { channel: string; ts: string }>>;
  /** Teams does not tell bots a user's time zone outside an activity: the roster's or the team's applies. */
  userTimeZone(userId: string): Promise<string | null>;
}

/**
 * Posts and updates neutral messages in Teams conversations Steward was installed in (their stored
 * references), with the SDK's HTTP client and the app's bot token. A recipient Steward cannot reach
 * (not installed there) is refused with a message saying what to do, logged once per recipient —
 * the drain records it as failed, never silently dropped. A 429 surfaces as a rate limit with its
 * Retry-After, which the drain waits out.
 */
export function createTeamsDeliveryPort(options: {
  app: App;
  db: Database;
  logger: { warn(...msg: unknown[]): void };
  /** Every call goes to this Bot Connector instead of the conversation's own (tests, the console). */
  serviceUrlOverride?: string;
}): TeamsDeliveryPort {
  const reported = new Set<string>();
  const target = async (channel: string) => {
    const id = channel.replace(/^teams:/, "");
    const conversation = await findTeamsConversation(options.db, id);
    if (!conversation) {
      const problem = `Steward cannot reach teams:${id} yet: it has not been installed there (a person adds the Steward app in Teams, or a team owner adds it to the team)`;
      if (!reported.has(id)) {
        reported.add(id);
        options.logger.warn(problem);
      }
      throw new ClassifiedDeliveryFailure({ kind: "refused", message: problem });
    }
    const client = new ConversationActivityClient(options.serviceUrlOverride ?? conversation.serviceUrl, options.app.api.http);
    return { client, conversationId: conversation.conversationId };
  };
  const activityOf = (message: TeamsOutgoingMessage) => ({
    ...cardActivity(message.message ?? { text: message.text, parts: [] }),
    // The ledger keys ride along, as Slack's message metadata does, for anyone reading the activity later.
    channelData: { steward: { keys: message.keys } },
  });
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ClassifiedDeliveryFailure) throw error;
      throw new ClassifiedDeliveryFailure(classifyTeamsFailure(error));
    }
  };
  return {
    post: (message) =>
      call(async () => {
        const { client, conversationId } = await target(message.channel);
        const sent = message.threadTs
          ? await client.reply(conversationId, message.threadTs, activityOf(message) as never)
          : await client.create(conversationId, activityOf(message) as never);
        return { channel: conversationId, ts: sent.id };
      }),
    update: (message, ts) =>
      call(async () => {
        const { client, conversationId } = await target(message.channel);
        await client.update(conversationId, ts, { ...activityOf(message), id: ts } as never);
        return { channel: conversationId, ts };
      }),
    findPosted: async () => new Map(),
    userTimeZone: async () => null,
  };
}
