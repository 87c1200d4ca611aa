import type { ComplaintSettings } from "./complaint-settings.js";
import { parseSlaDuration } from "./parse-sla-duration.js";

/** Milliseconds between pages of an unacknowledged tier-3 case. */
export function repeatPageInterval(settings: ComplaintSettings): number {
  const duration = parseSlaDuration(settings.repeatPageEvery);
  if (duration.kind !== "elapsed") throw new Error(`repeatPageEvery must be minutes or hours, not ${settings.repeatPageEvery}`);
  return duration.ms;
}
