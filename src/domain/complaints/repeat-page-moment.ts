import type { ComplaintCase } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { parseSlaDuration } from "./parse-sla-duration.js";

/** When page `number` of the case's tier-3 round is due (page 1 is the escalation itself). */
export function repeatPageMoment(complaint: ComplaintCase, number: number, settings: ComplaintSettings): Date {
  const duration = parseSlaDuration(settings.repeatPageEvery);
  if (duration.kind !== "elapsed") throw new Error(`repeatPageEvery must be minutes or hours, not ${settings.repeatPageEvery}`);
  return new Date(complaint.tierSince.getTime() + (number - 1) * duration.ms);
}
