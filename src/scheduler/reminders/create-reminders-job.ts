import { findKnownKeys } from "../../db/deliveries/find-known-keys.js";
import { recordMissedDeliveries } from "../../db/deliveries/record-missed-deliveries.js";
import { recordEvaluation } from "../../db/reminders/record-evaluation.js";
import { withEvaluationLease } from "../../db/reminders/with-evaluation-lease.js";
import { withActor } from "../../db/with-actor.js";
import { enqueueDeliveries } from "../enqueue-deliveries.js";
import type { Job } from "../job.js";
import { planReminders, type TimeZoneLookup } from "./plan-reminders.js";

const ZONE_CACHE_MS = 6 * 3_600_000;

/**
 * The reminders job: at each tick, everything the rules find due goes into the delivery ledger once
 * (the drain then sends each recipient one digest). Items older than the catch-up window are recorded
 * as skipped. Data problems are logged once per process, not every minute. Replicas ticking on the same
 * minute take turns: while one evaluates, the others skip (they would enqueue the same keys).
 */
export function createRemindersJob(options: { lookupZone?: TimeZoneLookup } = {}): Job {
  const reported = new Set<string>();
  const zones = new Map<string, { zone: string | null; until: number }>();
  return {
    name: "reminders",
    // Reminders fall due on whole minutes; the faster tick serves the complaint timers.
    everyMs: 60_000,
    async run(now, ctx) {
      const lookupZone: TimeZoneLookup | undefined = options.lookupZone
        ? async (userId) => {
            const cached = zones.get(userId);
            if (cached && cached.until > now.getTime()) return cached.zone;
            const zone = await options.lookupZone!(userId).catch(() => null);
            zones.set(userId, { zone, until: now.getTime() + ZONE_CACHE_MS });
            return zone;
          }
        : undefined;
      await withEvaluationLease(ctx.db, async () => {
        const plan = await planReminders(ctx.db, ctx.settings, now, lookupZone);
        for (const problem of plan.problems) {
          if (reported.has(problem)) continue;
          reported.add(problem);
          ctx.logger.warn(`reminders: ${problem}`);
        }
        const known = await findKnownKeys(ctx.db, [...plan.due, ...plan.missed].map((item) => item.key));
        const fresh = plan.due.filter((item) => !known.has(item.key)).map((item) => plan.toRequest(item, item));
        if (fresh.length) await withActor(ctx.db, "steward", (tx) => enqueueDeliveries(tx, fresh));
        const missed = plan.missed
          .filter((item) => !known.has(item.key))
          .map((item) => plan.toRequest(item, { late: !plan.firstEvaluation, deliverAt: item.sendAt }));
        if (missed.length) {
          const days = ctx.settings.reminders.catchUpDays;
          if (plan.firstEvaluation) {
            // A new roster's history is not an outage: recorded so it is never sent, without a warning.
            await recordMissedDeliveries(ctx.db, missed, `not sent: came due before Steward first ran on this roster (${now.toISOString()})`);
            ctx.logger.info(`reminders: first run on this roster; ${missed.length} item(s) from more than ${days} days ago were recorded, not sent`);
          } else {
            await recordMissedDeliveries(ctx.db, missed, `missed: came due more than ${days} days before ${now.toISOString()} (catch-up window ${days} days) — not sent`);
            ctx.logger.warn(`reminders: ${missed.length} item(s) came due outside the ${days}-day catch-up window and were logged, not sent`, {
              keys: missed.slice(0, 20).map((request) => request.key),
            });
          }
        }
        await recordEvaluation(ctx.db, now);
      });
    },
  };
}
