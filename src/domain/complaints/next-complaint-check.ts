import type { ComplaintCase } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { computeSlaDeadlines, type SlaDeadline } from "./compute-sla-deadlines.js";
import { isAwaitingAcknowledgement } from "./is-awaiting-acknowledgement.js";
import { repeatPageMoment } from "./repeat-page-moment.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

/**
 * The first moment strictly after `after` at which the scheduler must look at the case again (a warning,
 * a deadline, a repeated page), or null when no timer runs (resolved or closed). Stored as
 * `next_check_at`, it is both the scheduler's index and the cursor of what was already handled. Moments
 * are exact (a 2 h clock warns at 1 h 30 min to the millisecond); the tick that first sees one acts on it.
 */
export function nextComplaintCheck(
  complaint: ComplaintCase,
  after: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
  /** The case's current deadlines when the caller computed them already (the scheduler's hot path). */
  deadlines: readonly SlaDeadline[] = computeSlaDeadlines(complaint, [], after, settings, calendar),
): Date | null {
  if (complaint.status === "resolved" || complaint.status === "closed") return null;
  const moments: number[] = [];
  for (const deadline of deadlines) {
    // A paused clock has no moment yet: the customer's reply recomputes it.
    if (!deadline.current || deadline.doneAt !== null || deadline.state === "paused") continue;
    moments.push(deadline.warnAt.getTime(), deadline.dueAt.getTime());
  }
  if (complaint.tier === TOP_TIER && isAwaitingAcknowledgement(complaint) && settings.pagingClasses.includes(complaint.class)) {
    for (let number = 2; number <= settings.pageCap; number++) {
      const moment = repeatPageMoment(complaint, number, settings).getTime();
      if (moment > after.getTime()) {
        moments.push(moment);
        break;
      }
    }
  }
  const future = moments.filter((moment) => moment > after.getTime());
  return future.length === 0 ? null : new Date(Math.min(...future));
}
