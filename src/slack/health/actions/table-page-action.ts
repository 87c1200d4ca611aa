import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { healthOverview } from "../../../app/health/health-overview.js";
import { listCustomers } from "../../../app/health/list-customers.js";
import { readTablePageState } from "../../../domain/health/read-table-page-state.js";
import { noticeMessage } from "../../../domain/messages/notice-message.js";
import type { AppDeps } from "../../app-deps.js";
import { healthDepsOf } from "../commands/health-deps-of.js";
import { replyMessage } from "../commands/reply-message.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";

/** Previous/next page of `/customer list` or `/customer health`: the same query again, replacing the table. */
export function tablePageAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    const state = readTablePageState(pressedValue(args));
    if (!state) return replyMessage(request, noticeMessage("That page is no longer available; type the command again."));
    const { actor } = request;
    const now = deps.clock.now();
    const message =
      state.k === "list"
        ? await listCustomers(healthDepsOf(deps), { actor, request: { filters: state.f, page: state.p }, now })
        : await healthOverview(healthDepsOf(deps), { actor, page: state.p, now });
    await replyMessage(request, message, true);
  };
}
