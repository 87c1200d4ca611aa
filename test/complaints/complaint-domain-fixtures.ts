import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import type { ComplaintCase } from "../../src/domain/complaints/complaint-case.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";

export const settings = complaintSettingsSchema.parse({});
export const shanghai = teamWorkingDayCalendar(calendarSettingsSchema.parse({}));
export const at = (iso: string) => new Date(iso);

/** A fresh case opened at `openedAt`, tier 1, nobody has touched it. */
export function openCase(overrides: Partial<ComplaintCase> & { openedAt: Date }): ComplaintCase {
  return {
    id: 7,
    class: "urgent",
    category: "technical",
    status: "open",
    tier: 1,
    version: 0,
    tierSince: overrides.openedAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    firstResponseAt: null,
    lastUpdateAt: null,
    resolvedAt: null,
    resolvedBy: null,
    solution: null,
    closedAt: null,
    closedBy: null,
    reopenedAt: null,
    reopenedBy: null,
    ...overrides,
  };
}
