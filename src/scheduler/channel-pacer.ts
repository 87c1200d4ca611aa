/**
 * Slack allows about one message per second per channel. The pacer spaces this process's posts to
 * each channel by `intervalMs` of real time (the drain also never lets two processes send to one channel at once).
 */
export class ChannelPacer {
  private readonly lastPost = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly monotonicMs: () => number,
  ) {}

  /** Waits until `channel` may receive the next message, and books that moment. */
  async turn(channel: string): Promise<void> {
    const last = this.lastPost.get(channel);
    const wait = last === undefined ? 0 : last + this.intervalMs - this.monotonicMs();
    if (wait > 0) await this.sleep(wait);
    this.lastPost.set(channel, this.monotonicMs());
  }

  /** After a 429: nothing more to this channel before `ms` from now. */
  holdOff(channel: string, ms: number): void {
    this.lastPost.set(channel, this.monotonicMs() + ms - this.intervalMs);
  }
}
