import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { findCustomerById } from "../../../db/health/find-customer-by-id.js";
import { scoreCustomer } from "../../../db/health/score-customer.js";
import type { AppDeps } from "../../app-deps.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { describeComposite } from "../../blocks/health/describe-composite.js";
import { healthReportBlocks } from "../../blocks/health/health-report-blocks.js";
import { checkCustomerAccess } from "../../access/check-customer-access.js";
import { noAccessText } from "../commands/no-access-text.js";
import { NOT_ON_ROSTER } from "../commands/not-on-roster.js";
import { replyNotice } from "../commands/reply-notice.js";
import { teamHealthSettings } from "../commands/team-health-settings.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";
import { readCustomerButtonValue } from "./customer-button-value.js";

/**
 * "Share in channel": posts the same report (recomputed for the same date, so it is current evidence) to
 * the channel for everyone, after checking again that the presser may see it.
 */
export function shareScoreAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    const value = readCustomerButtonValue(pressedValue(args));
    if (!request.actor) return replyNotice(request, NOT_ON_ROSTER);
    const customer = value && (await findCustomerById(deps.db, value.c));
    if (!value || !customer) return replyNotice(request, "That customer no longer exists; nothing was shared.");
    if (!(await checkCustomerAccess(deps.db, request.actor, "score", customer))) return replyNotice(request, noAccessText(customer));
    const asOf = value.at ?? evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
    const report = await scoreCustomer(deps.db, customer, asOf, teamHealthSettings(deps));
    await request.respond({
      response_type: "in_channel",
      replace_original: false,
      text: escapeMrkdwn(`${customer.key} · ${customer.name} — ${describeComposite(report.score)}`),
      blocks: healthReportBlocks(report, { shareable: false, sharedBy: request.userId }),
    });
  };
}
