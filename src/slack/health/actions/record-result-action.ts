import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { openActionResult } from "../../../app/health/open-action-result.js";
import type { AppDeps } from "../../app-deps.js";
import { renderForm } from "../../render/render-form.js";
import { healthDepsOf } from "../commands/health-deps-of.js";
import { replyMessage } from "../commands/reply-message.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";

/** "Record result": opens the result form for the action's owner (or someone who may assess). */
export function recordResultAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    const opened = await openActionResult(healthDepsOf(deps), { actor: request.actor, buttonValue: pressedValue(args) });
    if ("reply" in opened) return replyMessage(request, opened.reply);
    await request.client.views.open({ trigger_id: request.triggerId!, view: renderForm(opened.form, opened.form.state) });
  };
}
