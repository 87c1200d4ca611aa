import type { Clock } from "./clock.js";

/**
 * Real time plus an offset that only grows. The local console's clock (`:advance 1d` jumps a day
 * ahead so scheduled work fires without waiting), and a process told to start at a fixed instant
 * (STEWARD_START_TIME, for tests): time keeps flowing from `start` at the real pace.
 */
export class ShiftedClock implements Clock {
  private offsetMs: number;

  /** Shows `start` at the real instant `realMs` (epoch milliseconds; default: now). */
  constructor(start?: Date, realMs = Date.now()) {
    this.offsetMs = start ? start.getTime() - realMs : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }
}
