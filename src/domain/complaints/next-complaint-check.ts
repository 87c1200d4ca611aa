import type { ComplaintCase } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { computeSlaDeadlines, type SlaDeadline } from "./compute-sla-deadlines.js";
import { isAwaitingAcknowledgement } from "./is-awaiting-acknowledgement.js";
import { repeatPageInterval } from "./repeat-page-interval.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

/**
 * The first moment strictly after `after` at which the scheduler must look at the case again (a warning,
 * a deadline, a repeated page), or null when no timer runs (resolved or closed). Stored as
 * `next_check_at`, it is both the scheduler's index and the cursor of what was already handled.
 */
export function nextComplaintCheck(
  complaint: ComplaintCase,
  after: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
  /** The case's deadlines when the caller computed them already (the scheduler's hot path). */
  deadlines: readonly SlaDeadline[] = computeSlaDeadlines(complaint, settings, calendar),
): Date | null {
  if (complaint.status === "resolved" || complaint.status === "closed") return null;
  const moments: number[] = [];
  for (const deadline of deadlines) {
    if (deadline.met) continue;
    moments.push(deadline.warnAt.getTime(), deadline.dueAt.getTime());
  }
  if (complaint.tier === TOP_TIER && isAwaitingAcknowledgement(complaint)) {
    const interval = repeatPageInterval(settings);
    const elapsed = after.getTime() - complaint.tierSince.getTime();
    const nextPage = Math.max(1, Math.floor(elapsed / interval) + 1);
    moments.push(complaint.tierSince.getTime() + nextPage * interval);
  }
  const future = moments.filter((moment) => moment > after.getTime());
  return future.length === 0 ? null : new Date(Math.min(...future));
}

