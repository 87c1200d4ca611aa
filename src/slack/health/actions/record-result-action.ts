import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { findCustomerById } from "../../../db/health/find-customer-by-id.js";
import { findImprovementAction } from "../../../db/health/find-improvement-action.js";
import type { AppDeps } from "../../app-deps.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { checkAssessAccess } from "../commands/check-assess-access.js";
import { NOT_ON_ROSTER } from "../commands/not-on-roster.js";
import { replyNotice } from "../commands/reply-notice.js";
import { actionResultModal } from "../views/action-result-modal.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";

const actionValue = z.object({ a: z.number().int().positive() });

/** Reads `{a: <improvement action id>}` from a button or modal metadata; null when it is not ours. */
export function readActionId(value: string | undefined): number | null {
  try {
    const parsed = actionValue.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? parsed.data.a : null;
  } catch {
    return null;
  }
}

/** "Record result": opens the result form for the action's owner (or someone who may assess). */
export function recordResultAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    if (!request.actor) return replyNotice(request, NOT_ON_ROSTER);
    const id = readActionId(pressedValue(args));
    const action = id === null ? null : await findImprovementAction(deps.db, id);
    const customer = action && (await findCustomerById(deps.db, action.customerId));
    if (!action || !customer) return replyNotice(request, "That improvement action no longer exists.");
    if (action.completedAt) return replyNotice(request, `That action already has a result: “${escapeMrkdwn(action.result ?? "")}”. Nothing was changed.`);
    const allowed = action.owner?.id === request.actor.id || (await checkAssessAccess(deps.db, request.actor, customer));
    if (!allowed) {
      return replyNotice(request, "Sorry — only the action's owner, the customer's owner, their department head, executives and admins record results. Nothing was changed.");
    }
    await request.client.views.open({ trigger_id: request.triggerId!, view: actionResultModal(action, customer.key) });
  };
}
