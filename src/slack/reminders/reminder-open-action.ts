import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { findReminderCustomer } from "../../app/reminders/find-reminder-customer.js";
import type { AppDeps } from "../app-deps.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";
import { answerShow } from "../health/commands/show-subcommand.js";
import { blockActionRequest } from "../health/actions/block-action-request.js";
import { readReminderButtonValue } from "./reminder-button-value.js";

/** Open: the customer card (`/customer show`), just for the presser. */
export function reminderOpenAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const value = readReminderButtonValue(args.action);
    if (!value?.c) return;
    const request = await blockActionRequest(args, deps);
    const customer = await findReminderCustomer(deps.db, value.c);
    if (!customer) {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: escapeMrkdwn(`Customer ${value.c} no longer exists.`) });
      return;
    }
    await answerShow(request, { id: customer.id });
  };
}
