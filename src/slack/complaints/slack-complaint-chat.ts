import type { WebClient } from "@slack/web-api";
import type { ComplaintChat } from "../../app/complaints/complaint-chat.js";
import type { Message } from "../../domain/messages/message.js";
import type { DeliveryPort } from "../../domain/deliveries/delivery-port.js";
import { createSlackDeliveryPort } from "../delivery/slack-delivery-port.js";
import { renderMessage } from "../render/render-message.js";
import { fetchSourceMessage } from "./actions/fetch-source-message.js";
import { openUrgentTeam } from "./actions/open-urgent-team.js";

const ports = new WeakMap<WebClient, DeliveryPort>();
/** Rewrites of one card wait out this many rate limits (the port itself never waits) before giving up. */
const RATE_LIMIT_WAITS = 5;

/**
 * The complaint use cases' chat on Slack. Card and notice rewrites go through the delivery port (the
 * one the ledger's drain uses), on the listener's token and API; the rest is the listener's client.
 * A message without parts is posted as text alone, as the placeholders and thread notes always were.
 */
export function slackComplaintChat(client: WebClient, urgentTeamPrefix: string): ComplaintChat {
  const port = () => {
    let known = ports.get(client);
    if (!known) {
      known = createSlackDeliveryPort({ token: client.token ?? "", slackApiUrl: client.slackApiUrl });
      ports.set(client, known);
    }
    return known;
  };
  const rendered = (message: Message) => {
    const { text, blocks } = renderMessage(message);
    return blocks.length ? { text, blocks } : { text };
  };
  return {
    platform: "slack",
    async post(channel, message, threadTs) {
      const posted = await client.chat.postMessage({ channel, ...rendered(message), ...(threadTs ? { thread_ts: threadTs } : {}) });
      return posted.channel && posted.ts ? { channel: posted.channel, ts: posted.ts } : null;
    },
    async update(at, message) {
      // The drain's port neither retries nor waits; a burst of redraws (many cases breaching at once)
      // waits out Slack's Retry-After here, as the listener's own client did before.
      for (let waited = 0; ; waited++) {
        try {
          return void (await port().update({ conversation: at.channel, id: at.ts }, { to: at.channel, content: { kind: "message", message }, keys: [] }));
        } catch (error) {
          const failure = port().classifyFailure(error);
          if (failure.kind !== "rate-limited" || waited >= RATE_LIMIT_WAITS) throw error;
          await new Promise((resolve) => setTimeout(resolve, failure.retryAfterSeconds * 1000));
        }
      }
    },
    async openTeam(record, members, suffix) {
      // Slack invites the members it knows by their Slack ids; the others are not on Slack.
      const slackIds = members.flatMap((person) => (person.ids.slack ? [person.ids.slack] : []));
      return (await openUrgentTeam(client, record, urgentTeamPrefix, slackIds, suffix))?.channel ?? null;
    },
    async archiveTeam(channel) {
      await client.conversations.archive({ channel });
    },
    unarchiveTeam: (channel) =>
      client.conversations.unarchive({ channel }).then(
        () => true,
        (error: { data?: { error?: string } }) => error.data?.error === "not_archived",
      ),
    fetchOrigin: (channel, ts) => fetchSourceMessage(client, channel, ts),
  };
}
