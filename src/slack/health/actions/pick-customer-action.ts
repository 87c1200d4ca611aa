import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { CustomerTarget } from "../../../app/health/resolve-customer.js";
import type { AppDeps } from "../../app-deps.js";
import { answerActions } from "../commands/actions-subcommand.js";
import { answerAssess } from "../commands/assess-subcommand.js";
import type { CustomerRequest } from "../commands/customer-request.js";
import { answerScore } from "../commands/score-subcommand.js";
import { answerShow } from "../commands/show-subcommand.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";
import { readCustomerButtonValue } from "../../../domain/health/customer-button-value.js";

/** What each subcommand does once the customer is known. */
const FOLLOW_UPS: Record<string, (request: CustomerRequest, target: CustomerTarget, at?: string) => Promise<void>> = {
  score: answerScore,
  show: answerShow,
  assess: answerAssess,
  actions: answerActions,
};

/** A "which one?" button: repeats the original request for the chosen customer. */
export function pickCustomerAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    const value = readCustomerButtonValue(pressedValue(args));
    const followUp = value?.s ? FOLLOW_UPS[value.s] : undefined;
    // A value that is not ours is answered like a customer that is gone (after the roster check).
    await (followUp ?? answerScore)(request, { id: followUp && value ? value.c : null }, value?.at);
  };
}
