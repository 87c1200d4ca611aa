import { enqueueDueReminders } from "../../app/reminders/enqueue-due-reminders.js";
import type { TimeZoneLookup } from "../../app/reminders/plan-reminders.js";
import type { DeliveryPorts } from "../../domain/deliveries/delivery-port.js";
import { PLATFORMS } from "../../domain/roster/platform-identity.js";
import type { Job } from "../job.js";

const ZONE_CACHE_MS = 6 * 3_600_000;

/**
 * The reminders job: at each tick, what the rules find due goes into the delivery ledger once
 * (enqueueDueReminders). Data problems are logged once per process, not every minute. A person without
 * a roster zone gets their profile's, asked of the `ports` of the platforms they are on (Slack's port
 * answers from the Slack profile; Teams' knows none), at most every six hours per identity.
 */
export function createRemindersJob(options: { ports?: DeliveryPorts } = {}): Job {
  const reported = new Set<string>();
  const zones = new Map<string, { zone: string | null; until: number }>();
  return {
    name: "reminders",
    // Reminders fall due on whole minutes; the faster tick serves the complaint timers.
    everyMs: 60_000,
    async run(now, ctx) {
      const { ports } = options;
      const lookupZone: TimeZoneLookup | undefined = ports
        ? async (ids) => {
            // In the platforms' order (Slack first): the first profile that knows a zone gives it.
            for (const platform of PLATFORMS) {
              const id = ids[platform];
              const port = ports[platform];
              if (id === undefined || !port) continue;
              const key = `${platform}:${id}`;
              let cached = zones.get(key);
              if (!cached || cached.until <= now.getTime()) {
                cached = { zone: await port.userTimeZone(id).catch(() => null), until: now.getTime() + ZONE_CACHE_MS };
                zones.set(key, cached);
              }
              if (cached.zone) return cached.zone;
            }
            return null;
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
