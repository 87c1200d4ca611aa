import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { healthOverview } from "../../../app/health/health-overview.js";
import { listCustomers } from "../../../app/health/list-customers.js";
import { noticeMessage } from "../../../domain/messages/notice-message.js";
import type { AppDeps } from "../../app-deps.js";
import { healthDepsOf } from "../commands/health-deps-of.js";
import { replyMessage } from "../commands/reply-message.js";
import { blockActionRequest, pressedValue } from "./block-action-request.js";

const pageState = z.union([
  z.object({
    k: z.literal("list"),
    p: z.number().int().min(0),
    f: z.object({
      grade: z.string().max(40).optional(),
      tier: z.enum(["strategic", "normal", "new"]).optional(),
      ownerSlackUserId: z.string().regex(/^[UW][A-Z0-9]+$/).optional(),
    }),
  }),
  z.object({ k: z.literal("health"), p: z.number().int().min(0) }),
]);

/** Previous/next page of `/customer list` or `/customer health`: the same query again, replacing the table. */
export function tablePageAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const request = await blockActionRequest(args, deps);
    let state: z.infer<typeof pageState> | null = null;
    try {
      const parsed = pageState.safeParse(JSON.parse(pressedValue(args) ?? ""));
      state = parsed.success ? parsed.data : null;
    } catch {
      state = null;
    }
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
