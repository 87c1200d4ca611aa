/** Where "now" comes from. Everything time-dependent receives it, so tests and the console can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
