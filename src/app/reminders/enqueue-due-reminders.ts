import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { findKnownKeys } from "../../db/deliveries/find-known-keys.js";
import { insertDeliveries } from "../../db/deliveries/insert-deliveries.js";
import { recordMissedDeliveries } from "../../db/deliveries/record-missed-deliveries.js";
import { recordEvaluation } from "../../db/reminders/record-evaluation.js";
import { withEvaluationLease } from "../../db/reminders/with-evaluation-lease.js";
import { withActor } from "../../db/with-actor.js";
import { planReminders, type TimeZoneLookup } from "./plan-reminders.js";

export interface EnqueuedReminders {
  /** Data the rules could not use (each names the record): the job logs each once per process. */
  problems: string[];
  /** Items older than the catch-up window, recorded as not sent. */
  missed: { keys: string[]; firstEvaluation: boolean };
}

/**
 * Everything the rules find due at `now` goes into the delivery ledger once (the drain then sends each
 * recipient one digest); items older than the catch-up window are recorded as skipped, with why.
 * Replicas on the same minute take turns: while one evaluates, the others get null (they would
 * enqueue the same keys).
 */
export async function enqueueDueReminders(db: Database, settings: TeamSettings, now: Date, lookupZone?: TimeZoneLookup): Promise<EnqueuedReminders | null> {
  let outcome: EnqueuedReminders | null = null;
  await withEvaluationLease(db, async () => {
    const plan = await planReminders(db, settings, now, lookupZone);
    const known = await findKnownKeys(db, [...plan.due, ...plan.missed].map((item) => item.key));
    const fresh = plan.due.filter((item) => !known.has(item.key)).map((item) => plan.toRequest(item, item));
    if (fresh.length) await withActor(db, "steward", (tx) => insertDeliveries(tx, fresh));
    const missed = plan.missed
      .filter((item) => !known.has(item.key))
      .map((item) => plan.toRequest(item, { late: !plan.firstEvaluation, deliverAt: item.sendAt }));
    if (missed.length) {
      const days = settings.reminders.catchUpDays;
      // A new roster's history is not an outage: recorded so it is never sent.
      const reason = plan.firstEvaluation
        ? `not sent: came due before Steward first ran on this roster (${now.toISOString()})`
        : `missed: came due more than ${days} days before ${now.toISOString()} (catch-up window ${days} days) — not sent`;
      await recordMissedDeliveries(db, missed, reason);
    }
    await recordEvaluation(db, now);
    outcome = { problems: plan.problems, missed: { keys: missed.map((request) => request.key), firstEvaluation: plan.firstEvaluation } };
  });
  return outcome;
}
