import { enqueueDueReminders } from "../../app/reminders/enqueue-due-reminders.js";
import type { TimeZoneLookup } from "../../app/reminders/plan-reminders.js";
import type { Job } from "../job.js";

const ZONE_CACHE_MS = 6 * 3_600_000;

/**
 * The reminders job: at each tick, what the rules find due goes into the delivery ledger once
 * (enqueueDueReminders). Data problems are logged once per process, not every minute; profile time
 * zones are looked up at most every six hours per person.
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
      const outcome = await enqueueDueReminders(ctx.db, ctx.settings, now, lookupZone);
      if (!outcome) return;
      for (const problem of outcome.problems) {
        if (reported.has(problem)) continue;
        reported.add(problem);
        ctx.logger.warn(`reminders: ${problem}`);
      }
      const { keys, firstEvaluation } = outcome.missed;
      if (!keys.length) return;
      const days = ctx.settings.reminders.catchUpDays;
      if (firstEvaluation) {
        ctx.logger.info(`reminders: first run on this roster; ${keys.length} item(s) from more than ${days} days ago were recorded, not sent`);
      } else {
        ctx.logger.warn(`reminders: ${keys.length} item(s) came due outside the ${days}-day catch-up window and were logged, not sent`, { keys: keys.slice(0, 20) });
      }
    },
  };
}
