import type { Clock } from "./clock.js";

/**
 * Real time plus an offset that only grows: the local console's clock. Time keeps flowing,
 * and `:advance 1d` jumps a day ahead so scheduled work fires without waiting.
 */
export class ShiftedClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }
}
