import type { Database } from "../db/database.js";
import { loadMethodPauses } from "../db/deliveries/load-method-pauses.js";
import { pauseMethod } from "../db/deliveries/pause-method.js";

/**
 * App-wide rate-limit pauses of the platforms' API methods (each port's `limits`), shared by every
 * replica through the database (platform_method_pauses). Steward paces each channel itself (ChannelPacer)
 * and one channel is only ever sent to by one process, so a 429 the drain still gets is the workspace's
 * (Slack) or the app's (Teams) limit for that method: it holds for every channel and every replica until
 * Retry-After has passed. The table is re-read at most every `refreshMs`, so a
 * replica learns of another's 429 within that time (and at worst meets the 429 once itself).
 */
export class MethodPauses {
  private known = new Map<string, number>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly claimer: string,
    private readonly monotonicMs: () => number,
    private readonly refreshMs = 1_000,
  ) {}

  /** How long `method` stays paused after `at` (0 when it may be called). */
  async remainingMs(method: string, at: Date): Promise<number> {
    if (this.monotonicMs() - this.loadedAt >= this.refreshMs) await this.reload(at);
    const until = this.known.get(method);
    return until === undefined ? 0 : Math.max(0, until - at.getTime());
  }

  /** `platform` (its name) answered `method` with 429 at `at`: nobody calls it for `retryAfterSeconds`. */
  async pause(method: string, at: Date, retryAfterSeconds: number, platform: string): Promise<void> {
    const until = at.getTime() + retryAfterSeconds * 1000;
    this.known.set(method, Math.max(until, this.known.get(method) ?? 0));
    await pauseMethod(this.db, method, new Date(until), `rate limited by ${platform} (Retry-After ${retryAfterSeconds} s)`, this.claimer);
  }

  private reload(at: Date): Promise<void> {
    // Recipients in flight ask together: one query answers them all.
    this.loading ??= loadMethodPauses(this.db, at)
      .then((pauses) => {
        const local = this.known;
        this.known = new Map([...pauses].map(([method, until]) => [method, until.getTime()]));
        // A pause this process just set is kept even if the read raced its write.
        for (const [method, until] of local) if (until > at.getTime()) this.known.set(method, Math.max(until, this.known.get(method) ?? 0));
        this.loadedAt = this.monotonicMs();
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
