import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { archiveCaseMessage } from "../../../app/complaints/archive-case-message.js";
import type { AppDeps } from "../../app-deps.js";
import { decodeSlackText } from "../../events/decode-slack-text.js";

interface MessageLike {
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
}

/**
 * `message` events: a person's reply in a complaint card's thread, a cooperating notice's thread, or
 * the urgent case's temporary team channel is archived to the case (author, time, text), once per
 * (channel, ts) however often Slack redelivers it. Everything else is ignored.
 */
export function archiveComplaintMessages(deps: AppDeps) {
  return async ({ event }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    const message = event as MessageLike;
    // Steward's own posts (notes, pings) are already on the record; edits and joins are not conversation.
    if (message.bot_id || message.subtype || !message.user || !message.ts || !message.channel) return;
    try {
      await archiveCaseMessage(deps, {
        platform: "slack",
        channel: message.channel,
        ts: message.ts,
        threadTs: message.thread_ts ?? null,
        thread: null,
        // A Slack ts is the message's time in seconds.
        at: new Date(Number(message.ts) * 1000),
        user: message.user,
        text: decodeSlackText(message.text ?? ""),
      });
    } catch (error) {
      deps.logger.error("complaint message not archived", error);
    }
  };
}
