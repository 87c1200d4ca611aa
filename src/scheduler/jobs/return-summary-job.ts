import { planReturnSummaries } from "../../app/roster/plan-return-summaries.js";
import { withActor } from "../../db/with-actor.js";
import { enqueueDeliveries } from "../enqueue-deliveries.js";
import type { Job } from "../job.js";

/**
 * The return summary: on someone's first working day back, at the digest time in their zone, one
 * message about their customers while they were away. Its ledger key is the absence, so restarts and
 * replicas send it once.
 */
export function returnSummaryJob(): Job {
  return {
    name: "return-summary",
    everyMs: 60_000,
    async run(now, ctx) {
      const summaries = await planReturnSummaries(ctx.db, ctx.settings, now);
      if (summaries.length === 0) return;
      await withActor(ctx.db, "steward", (tx) =>
        enqueueDeliveries(
          tx,
          summaries.map((summary) => ({ key: summary.key, rule: "return-summary", recipient: summary.recipient, dueAt: summary.dueAt, payload: { message: summary.message } })),
        ),
      );
    },
  };
}
