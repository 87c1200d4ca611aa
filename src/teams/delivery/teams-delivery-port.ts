import { ConversationActivityClient } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import type { Database } from "../../db/database.js";
import { findTeamsConversation } from "../../db/teams/find-teams-conversation.js";
import type { DeliveryPort, OutgoingDelivery } from "../../domain/deliveries/delivery-port.js";
import type { Message } from "../../domain/messages/message.js";
import { cardActivity } from "../card-activity.js";
import { TEAMS_THREAD } from "../teams-thread.js";
import { classifyTeamsFailure, TeamsDeliveryError } from "./classify-teams-failure.js";

/**
 * The Teams DeliveryPort (src/domain/deliveries/delivery-port.ts): posts and updates neutral messages
 * in Teams conversations Steward was installed in (their stored references), with the SDK's HTTP
 * client and the app's bot token. `to` is a conversation id or a person's AAD object id (their
 * personal chat with Steward). A recipient Steward cannot reach (not installed there) is refused with
 * what to do, logged once per recipient — the drain records it as failed, never silently dropped. A
 * 429 surfaces as a rate limit with its Retry-After (classifyFailure), which the drain waits out.
 */
export function createTeamsDeliveryPort(options: {
  app: App;
  db: Database;
  logger: { warn(...msg: unknown[]): void };
  /** Every call goes to this Bot Connector instead of the conversation's own (tests, the console). */
  serviceUrlOverride?: string;
}): DeliveryPort {
  const reported = new Set<string>();
  const target = async (to: string) => {
    const id = to.replace(/^teams:/, "");
    const conversation = await findTeamsConversation(options.db, id);
    if (!conversation) {
      const problem = `Steward cannot reach teams:${id} yet: it has not been installed there (a person adds the Steward app in Teams, or a team owner adds it to the team)`;
      if (!reported.has(id)) {
        reported.add(id);
        options.logger.warn(problem);
      }
      throw new TeamsDeliveryError({ kind: "refused", message: problem });
    }
    const client = new ConversationActivityClient(options.serviceUrlOverride ?? conversation.serviceUrl, options.app.api.http);
    return { client, conversationId: conversation.conversationId, scope: conversation.scope };
  };
  const activityOf = (delivery: OutgoingDelivery) => {
    // Only Slack has rows stored before the ledger held neutral messages; their text still reads.
    const message: Message = delivery.content.kind === "message" ? delivery.content.message : { text: delivery.content.text, parts: [] };
    // The ledger keys ride along, as Slack's message metadata does, for anyone reading the activity later.
    return { ...cardActivity(message), channelData: { steward: { keys: delivery.keys } } };
  };
  return {
    name: "Teams",
    limits: { post: "teams.createActivity", findPosted: "teams.findPosted" },
    async post(delivery) {
      const { client, conversationId, scope } = await target(delivery.to);
      // A reply in a channel thread goes to the thread's own conversation id (`…;messageid=<root>`), the
      // form Teams routes proactive thread replies by (the SDK's toThreadedConversationId); replyToId alone
      // would not thread it. Chats (personal, group) have no threads: there the reply is the next message.
      const sent = delivery.thread && scope === "team"
        ? await client.create(`${conversationId.split(TEAMS_THREAD)[0]}${TEAMS_THREAD}${delivery.thread}`, { ...activityOf(delivery), replyToId: delivery.thread } as never)
        : await client.create(conversationId, activityOf(delivery) as never);
      return { conversation: conversationId, id: sent.id };
    },
    async update(posted, delivery) {
      const { client } = await target(posted.conversation);
      await client.update(posted.conversation, posted.id, { ...activityOf(delivery), id: posted.id } as never);
      return posted;
    },
    // Teams keeps no searchable metadata on a bot's messages, so a post that may have reached Teams
    // before a crash cannot be found again: this finds nothing, and exactly-once rests on the ledger's claim.
    findPosted: async () => new Map(),
    // Teams does not tell bots a user's time zone outside an activity: the roster's or the team's applies.
    userTimeZone: async () => null,
    classifyFailure: classifyTeamsFailure,
  };
}
