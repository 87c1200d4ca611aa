import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { findCustomerById } from "../../../db/health/find-customer-by-id.js";
import type { AppDeps } from "../../app-deps.js";
import { showActions } from "../commands/actions-subcommand.js";
import { openAssessment } from "../commands/assess-subcommand.js";
import type { CustomerRequest } from "../commands/customer-request.js";
import { NOT_ON_ROSTER } from "../commands/not-on-roster.js";
import { replyNotice } from "../commands/reply-notice.js";
import { showScore } from "../commands/score-subcommand.js";
import { showCustomer } from "../commands/show-subcommand.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";
import { readCustomerButtonValue } from "./customer-button-value.js";

/** What each subcommand does once the customer is known. */
const FOLLOW_UPS: Record<string, (request: CustomerRequest, customer: CustomerProfile, at?: string) => Promise<void>> = {
  score: showScore,
  show: showCustomer,
  assess: openAssessment,
  actions: (request, customer) => showActions(request, customer),
};

/** A "which one?" button: repeats the original request for the chosen customer. */
export function pickCustomerAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    if (!request.actor) return replyNotice(request, NOT_ON_ROSTER);
    const value = readCustomerButtonValue(pressedValue(args));
    const followUp = value?.s ? FOLLOW_UPS[value.s] : undefined;
    const customer = value && followUp && (await findCustomerById(deps.db, value.c));
    if (!value || !followUp || !customer) return replyNotice(request, "That choice is no longer valid; type the command again.");
    await followUp(request, customer, value.at);
  };
}
