/**
 * Slack allows about one message per second per channel. The pacer spaces this process's posts to
 * each channel by `intervalMs` of real time, counted from when Slack answered the previous one, so
 * network jitter cannot squeeze two into Slack's second (the drain also never lets two processes
 * send to one channel at once).
 */
export class ChannelPacer {
  private readonly lastAnswer = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly monotonicMs: () => number,
  ) {}

  /** Waits until `channel` may receive the next message; returns how long it waited. */
  async turn(channel: string): Promise<number> {
    const last = this.lastAnswer.get(channel);
    const wait = last === undefined ? 0 : last + this.intervalMs - this.monotonicMs();
    if (wait > 0) await this.sleep(wait);
    return Math.max(0, wait);
  }

  /** Slack answered a post to `channel` (accepted or not). */
  answered(channel: string): void {
    this.lastAnswer.set(channel, this.monotonicMs());
  }

  /** After a 429: nothing more to this channel before `ms` from now. */
  holdOff(channel: string, ms: number): void {
    this.lastAnswer.set(channel, this.monotonicMs() + ms - this.intervalMs);
  }
}
