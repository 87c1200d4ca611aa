import type { CalendarSettings } from "../calendar/calendar-settings.js";

/**
 * The team calendar as SLA clocks need it: working days, holidays, working hours and zone, for the
 * business-hours clock and working-day durations (sla-clock.ts, sla-duration-on.ts).
 */
export interface WorkingDayCalendar {
  settings: CalendarSettings;
}
