import type { Database } from "../db/database.js";
import { claimDueDeliveries } from "../db/deliveries/claim-due-deliveries.js";
import type { ClaimedDelivery } from "../db/deliveries/claimed-delivery.js";
import { findPostedDelivery } from "../db/deliveries/find-posted-delivery.js";
import { type DeliveryOutcome, recordDeliveryOutcome } from "../db/deliveries/record-delivery-outcome.js";
import { renewClaim } from "../db/deliveries/renew-claim.js";
import { skipExpiredDeliveries } from "../db/deliveries/skip-expired-deliveries.js";
import type { ReminderSettings } from "../domain/reminders/reminder-settings.js";
import { ChannelPacer } from "./channel-pacer.js";
import { type ComposedMessage, composeMessages } from "./compose-messages.js";
import type { DeliveryPort, DeliveryPorts, PostedMessage } from "../domain/deliveries/delivery-port.js";
import type { JobLogger } from "./job-logger.js";
import { limitConcurrency } from "./limit-concurrency.js";
import { MethodPauses } from "./method-pauses.js";
import { recipientAddress } from "./recipient-address.js";
import { PLATFORMS } from "../domain/roster/platform-identity.js";

export interface DeliveryDrainOptions {
  db: Database;
  /** A row is sent through the port of its recipient's platform (`slack:U…`, or a bare Slack id). */
  ports: DeliveryPorts;
  /** Read at every drain, so a test or the console may change them. */
  settings: () => Pick<ReminderSettings, "delivery" | "digestMaxItems" | "catchUpDays">;
  logger: JobLogger;
  /** This process's name in `claimed_by` (host:pid:random). */
  claimer: string;
  /** Stop claiming more after this long; what is claimed is finished. */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  monotonicMs?: () => number;
}

export interface DrainReport {
  sent: number;
  /** Stale claims found already posted (the process died after the platform accepted): recorded, not re-sent. */
  recovered: number;
  postponed: number;
  failed: number;
}

const DAY_MS = 86_400_000;
/** How long an update waits before looking again for the message it rewrites to be sent. */
const UPDATE_WAIT_MS = 30_000;
/** 429s waited out in place for one message before it is handed back to the ledger. */
const MAX_INLINE_RATE_LIMITS = 10;
/** Recipients in flight kept for time-critical rows (complaint pings), so a reminder batch never fills them all. */
const CRITICAL_SLOTS_SHARE = 0.2;
/** Pooled connections the drain's queries use at most at once (a process's pool has 10 by default). */
const DRAIN_DATABASE_CONNECTIONS = 4;

/**
 * Sends what the ledger holds due at `now`: claims whole recipients (replicas never share one), hands
 * each message with its keys to the port of the recipient's platform (which renders it), paces each
 * channel, honours Retry-After for the whole method and every replica (MethodPauses), retries 5xx with
 * backoff, and records every outcome. Times written to the ledger are `now` plus the real time elapsed
 * in this drain, so they stay on the tick's clock (the console's clock runs ahead of the wall clock).
 */
export function createDeliveryDrain(options: DeliveryDrainOptions): { drain(now: Date): Promise<DrainReport> } {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const monotonicMs = options.monotonicMs ?? (() => performance.now());
  const { db, ports, logger, claimer } = options;
  let pacer: ChannelPacer | undefined;
  const pauses = new MethodPauses(db, claimer, monotonicMs);

  async function drain(now: Date): Promise<DrainReport> {
    const { delivery, digestMaxItems, catchUpDays } = options.settings();
    const expiredBefore = new Date(now.getTime() - catchUpDays * DAY_MS);
    const expired = await skipExpiredDeliveries(db, expiredBefore, `missed: still unsent more than ${catchUpDays} days after it was due (catch-up window) — not sent`);
    if (expired) logger.warn(`${expired} reminder item(s) unsent for more than ${catchUpDays} days were logged as skipped, not sent`);
    pacer ??= new ChannelPacer(delivery.perChannelIntervalMs, sleep, monotonicMs);
    const call = limitConcurrency(delivery.concurrency);
    const started = monotonicMs();
    const at = () => new Date(now.getTime() + (monotonicMs() - started));
    const report: DrainReport = { sent: 0, recovered: 0, postponed: 0, failed: 0 };
    const running = new Set<Promise<void>>();
    let stopClaiming = false;
    // The drain's own queries wait for one another, so they never hold every pooled connection: the
    // timers (escalations) running beside the drain always find one free.
    const ledger = limitConcurrency(DRAIN_DATABASE_CONNECTIONS);
    const budgetMs = options.budgetMs ?? 50_000;

    const record = async (rows: ClaimedDelivery[], outcome: DeliveryOutcome) => {
      await ledger(() => recordDeliveryOutcome(db, rows.map((row) => row.id), claimer, outcome));
    };

    const failedRetryAt = (rows: ClaimedDelivery[]) => {
      const attempts = Math.max(...rows.map((row) => row.attempts));
      const delay = Math.min(delivery.retryFailedAfterMinutes * 60_000 * 2 ** Math.max(0, attempts - 1), DAY_MS);
      return new Date(at().getTime() + delay);
    };

    const send = async ({ rows, platform, delivery: outgoing, updateOf }: ComposedMessage): Promise<void> => {
      // Only rows for the platforms this process has a port for are claimed (platformsServed).
      const port = ports[platform]!;
      const { post: POST } = port.limits;
      const channel = rows[0]!.recipient;
      const target = updateOf ? await findPostedDelivery(db, updateOf) : null;
      if (target && target.status !== "sent" && target.status !== "skipped") {
        await record(rows, { kind: "postponed", until: new Date(at().getTime() + UPDATE_WAIT_MS), reason: `waits for ${updateOf} to be sent, to update it` });
        report.postponed += rows.length;
        return;
      }
      let transientTries = 0;
      let rateLimits = 0;
      // A replica that waited long (pacing, Retry-After, a slow Slack) may have been presumed dead and its
      // rows taken over: the claim is re-asserted before posting, and lost rows are left alone.
      const stillHeld = async (): Promise<boolean> => {
        const held = await ledger(() => renewClaim(db, rows.map((row) => row.id), claimer, at()));
        if (held.size === rows.length) return true;
        logger.warn(`claim on ${rows.length - held.size} row(s) was taken over by another replica; not sending them from here`, { keys: outgoing.keys });
        if (held.size) {
          await record(rows.filter((row) => held.has(row.id)), { kind: "postponed", until: at(), reason: "message split: part of it was taken over by another replica" });
          report.postponed += held.size;
        }
        return false;
      };
      for (;;) {
        // Renewed before the pacing wait so it does not lengthen every message's second; renewed again
        // after a long wait (Retry-After), which could outlast the claim.
        if (!(await stillHeld())) return;
        const waited = await pacer!.turn(channel);
        if (waited > delivery.claimTimeoutSeconds * 250 && !(await stillHeld())) return;
        const paused = await pauses.remainingMs(POST, at());
        if (paused > delivery.maxInlineWaitSeconds * 1000) {
          await record(rows, { kind: "postponed", until: new Date(at().getTime() + paused), reason: `${POST} paused: ${port.name} rate-limited the workspace` });
          report.postponed += rows.length;
          return;
        }
        if (paused > 0) {
          await sleep(paused);
          continue;
        }
        try {
          // An update whose message was never posted (skipped, or gone from the ledger) is posted itself.
          const posted = await call(() =>
            target?.status === "sent" && target.id
              ? port.update({ conversation: target.channel ?? outgoing.to, id: target.id }, outgoing)
              : port.post(outgoing),
          ).finally(() => pacer!.answered(channel));
          await record(rows, { kind: "sent", at: at(), platform, channel: posted.conversation, id: posted.id });
          report.sent += rows.length;
          return;
        } catch (error) {
          const failure = port.classifyFailure(error);
          if (failure.kind === "rate-limited") {
            rateLimits += 1;
            await pauses.pause(POST, at(), failure.retryAfterSeconds, port.name);
            if (failure.retryAfterSeconds <= delivery.maxInlineWaitSeconds && rateLimits <= MAX_INLINE_RATE_LIMITS) {
              pacer!.holdOff(channel, failure.retryAfterSeconds * 1000);
              continue;
            }
            await record(rows, {
              kind: "postponed",
              until: new Date(at().getTime() + failure.retryAfterSeconds * 1000),
              reason: `rate limited by ${port.name} (Retry-After ${failure.retryAfterSeconds} s)`,
            });
            report.postponed += rows.length;
            return;
          }
          if (failure.kind === "transient" && transientTries < delivery.transientRetries) {
            await sleep(delivery.backoffBaseMs * 2 ** transientTries);
            transientTries += 1;
            // The failed call may have reached the platform (a timeout, a 5xx after accepting): look before re-posting.
            const already = await lookUpPosted(port, outgoing.to, outgoing.keys).catch(() => new Map<string, PostedMessage>());
            const found = outgoing.keys.map((key) => already.get(key)).find(Boolean);
            if (found) {
              await record(rows, { kind: "sent", at: at(), platform, channel: found.conversation, id: found.id });
              report.recovered += rows.length;
              return;
            }
            continue;
          }
          const retryAt = failedRetryAt(rows);
          await record(rows, { kind: "failed", retryAt, error: `${failure.kind}: ${failure.message}` });
          report.failed += rows.length;
          logger.error(`delivery failed, will retry at ${retryAt.toISOString()}: ${failure.message}`, { keys: outgoing.keys, channel });
          return;
        }
      }
    };

    /** Which keys the platform already has for `to`, waiting out (or, on 429, setting) the method's pause. */
    const lookUpPosted = async (port: DeliveryPort, to: string, keys: string[]) => {
      const HISTORY = port.limits.findPosted;
      const paused = await pauses.remainingMs(HISTORY, at());
      if (paused > 0) await sleep(Math.min(paused, options.settings().delivery.maxInlineWaitSeconds * 1000));
      try {
        return await call(() => port.findPosted(to, keys));
      } catch (error) {
        const failure = port.classifyFailure(error);
        if (failure.kind === "rate-limited") await pauses.pause(HISTORY, at(), failure.retryAfterSeconds, port.name);
        throw error;
      }
    };

    const processRecipient = async (rows: ClaimedDelivery[]): Promise<void> => {
      let pending = rows;
      const stale = rows.filter((row) => row.stale);
      const { platform, id } = recipientAddress(rows[0]!.recipient);
      const port = ports[platform];
      if (stale.length && port) {
        // Its claimer died: if the platform already has these, record them as sent rather than sending twice.
        const found = await lookUpPosted(port, id, stale.map((row) => row.key));
        for (const row of stale) {
          const posted = found.get(row.key);
          if (!posted) continue;
          await record([row], { kind: "sent", at: at(), platform, channel: posted.conversation, id: posted.id });
          report.recovered += 1;
        }
        pending = rows.filter((row) => !found.has(row.key));
      }
      for (const message of composeMessages(pending, digestMaxItems)) await send(message);
    };

    /** Whether every platform's posting is paused for longer than `ms` (then claiming would only postpone rows). */
    const allPostingPaused = async (ms: number): Promise<boolean> => {
      for (const port of Object.values(ports)) if ((await pauses.remainingMs(port.limits.post, at())) <= ms) return false;
      return Object.keys(ports).length > 0;
    };

    const limit = maxInFlight(delivery.maxRecipientsInFlight);
    // Reserved from the limit in force, not the configured one: with one slot (the embedded store)
    // nothing is reserved, or no reminder would ever be claimed.
    const criticalSlots = Math.floor(limit * CRITICAL_SLOTS_SHARE);
    const platformsServed = PLATFORMS.filter((platform) => ports[platform] !== undefined);
    for (;;) {
      const free = limit - running.size;
      let claimed: ClaimedDelivery[] = [];
      let claimFailed = false;
      try {
        // While posting is paused for longer than is waited out in place, claiming would only postpone rows.
        const postingPaused = !stopClaiming && (await allPostingPaused(delivery.maxInlineWaitSeconds * 1000));
        if (free > 0 && !stopClaiming && !postingPaused && monotonicMs() - started < budgetMs) {
          const claimAt = at();
          claimed = await ledger(() =>
            claimDueDeliveries(db, {
              now: claimAt,
              claimer,
              staleBefore: new Date(claimAt.getTime() - delivery.claimTimeoutSeconds * 1000),
              maxRowsPerRecipient: delivery.batchSize,
              maxRecipients: free,
              // The last slots go only to time-critical rows: a long reminder batch leaves room for an escalation.
              timeCriticalOnly: free <= criticalSlots,
              platforms: platformsServed,
            }),
          );
        }
      } catch (error) {
        // The database away or too busy: stop claiming, but let what is in flight finish and be recorded
        // (throwing here would leave those sends running after the drain has returned).
        claimFailed = true;
        stopClaiming = true;
        logger.error(`claiming deliveries failed, finishing what is in flight: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (claimFailed && running.size === 0) break;
      if (claimed.length) {
        const byRecipient = new Map<string, ClaimedDelivery[]>();
        for (const row of claimed) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
        for (const rows of byRecipient.values()) {
          const task: Promise<void> = processRecipient(rows)
            .catch((error) => logger.error(`delivery to ${rows[0]!.recipient} stopped: ${error instanceof Error ? error.message : String(error)}`))
            .finally(() => running.delete(task));
          running.add(task);
        }
        continue;
      }
      if (running.size === 0) break;
      await Promise.race(running);
    }
    return report;
  }

  return { drain };

  /**
   * The embedded store (PGlite) runs each query on this process's only thread, and queries waiting for
   * its one connection run back to back without letting the event loop read a request: a hundred
   * recipients in flight kept a button press unacknowledged for seconds. There, one recipient at a time
   * leaves a query or two between two turns of the event loop; a server's pool has no such limit.
   */
  function maxInFlight(configured: number): number {
    return db.kind === "embedded" ? 1 : configured;
  }
}
