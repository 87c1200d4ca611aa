import type { ComplaintCase } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { isAwaitingAcknowledgement } from "./is-awaiting-acknowledgement.js";
import { repeatPageMoment } from "./repeat-page-moment.js";

/**
 * The repeated page due at `now` for a case nobody at tier 3 acknowledged, or null. Page 1 went out with
 * the escalation; page n (2 ≤ n ≤ `pageCap`) is due `repeatPageEvery` × (n − 1) after it. After downtime
 * only the latest page due is sent, numbered by its slot; past the cap nothing more.
 */
export function repeatPageDue(
  complaint: ComplaintCase,
  handledUntil: Date | null,
  now: Date,
  settings: ComplaintSettings,
): { number: number; final: boolean } | null {
  if (complaint.tier !== TOP_TIER || !isAwaitingAcknowledgement(complaint)) return null;
  if (!settings.pagingClasses.includes(complaint.class)) return null;
  let number = 1;
  while (number < settings.pageCap && repeatPageMoment(complaint, number + 1, settings) <= now) number += 1;
  if (number < 2) return null;
  const from = handledUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (repeatPageMoment(complaint, number, settings).getTime() < from) return null;
  return { number, final: number === settings.pageCap };
}
