import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { shareScore } from "../../../app/health/share-score.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMessage } from "../../render/render-message.js";
import { healthDepsOf } from "../commands/health-deps-of.js";
import { replyMessage } from "../commands/reply-message.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";
import { readCustomerButtonValue } from "../../../domain/health/customer-button-value.js";

/** "Share in channel": the report for everyone in the channel, or, just for the presser, why not. */
export function shareScoreAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    const value = readCustomerButtonValue(pressedValue(args));
    const shared = await shareScore(healthDepsOf(deps), { actor: request.actor, customerId: value?.c ?? null, at: value?.at, now: deps.clock.now() });
    if (!shared.shared) return replyMessage(request, shared.reply);
    await request.respond({ response_type: "in_channel", replace_original: false, ...renderMessage(shared.message) });
  };
}
