import type { ComplaintCase, EscalationTier } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { parseSlaDuration } from "./parse-sla-duration.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

export type SlaStep = "acknowledge" | "firstResponse" | "diagnosis" | "resolution";
// Listed in the order a reason names them when several deadlines pass at the same moment.
export const SLA_STEPS: readonly SlaStep[] = ["firstResponse", "acknowledge", "diagnosis", "resolution"];

export interface SlaDeadline {
  step: SlaStep;
  tier: EscalationTier;
  startsAt: Date;
  dueAt: Date;
  /** When the holder is warned (`warningAt` of the way from start to due). */
  warnAt: Date;
  /** "2 h", "3 working days": for reasons and cards. */
  within: string;
  /** The step was taken, so this deadline no longer runs. */
  met: boolean;
}

/** The deadlines of the case's current tier, counted from when that tier took the case. */
export function computeSlaDeadlines(
  complaint: ComplaintCase,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): SlaDeadline[] {
  const tierSettings = settings.sla[complaint.class][`tier${complaint.tier}`];
  const deadlines: SlaDeadline[] = [];
  for (const step of SLA_STEPS) {
    const configured = tierSettings[step];
    if (configured === null) continue;
    if (step === "diagnosis" && !settings.diagnosisCategories.includes(complaint.category)) continue;
    const duration = parseSlaDuration(configured);
    const startsAt = complaint.tierSince;
    const dueAt =
      duration.kind === "elapsed"
        ? new Date(startsAt.getTime() + duration.ms)
        : calendar.addWorkingDays(startsAt, duration.days);
    const warnAt = new Date(startsAt.getTime() + Math.round((dueAt.getTime() - startsAt.getTime()) * settings.warningAt));
    deadlines.push({ step, tier: complaint.tier, startsAt, dueAt, warnAt, within: duration.text, met: isStepMet(complaint, step) });
  }
  return deadlines;
}

function isStepMet(complaint: ComplaintCase, step: SlaStep): boolean {
  const resolved = complaint.status === "resolved" || complaint.status === "closed";
  switch (step) {
    case "acknowledge":
      // Escalation and reopening put the case back to open/reopened: the new holder must acknowledge.
      return resolved || complaint.status === "acknowledged";
    case "firstResponse":
      return resolved || complaint.firstResponseAt !== null;
    case "diagnosis":
      return resolved || (complaint.lastUpdateAt !== null && complaint.lastUpdateAt >= complaint.tierSince);
    case "resolution":
      return resolved;
  }
}
