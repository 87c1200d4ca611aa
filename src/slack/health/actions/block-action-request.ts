import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { findActor } from "../../../app/roster/find-actor.js";
import type { AppDeps } from "../../app-deps.js";
import type { CustomerRequest } from "../commands/customer-request.js";

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** The customer request behind a pressed button: who pressed it, where, and how to answer. */
export async function blockActionRequest(args: ActionArgs, deps: AppDeps): Promise<CustomerRequest> {
  const { body, respond, client } = args;
  return {
    deps,
    actor: await findActor(deps.db, "slack", body.user.id),
    channelId: body.channel?.id,
    triggerId: body.trigger_id,
    respond,
    client,
  };
}

/** The value of the pressed button, if it was a button. */
export function pressedValue(args: ActionArgs): string | undefined {
  const action = args.action;
  return action.type === "button" ? action.value : undefined;
}
