import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

/**
 * The team's calendar for SLA clocks. Working-day durations count business time from the next working
 * moment: Friday 15:00 + 3 working days = Wednesday 15:00; Saturday 10:00 + 3 = Wednesday at the end of
 * the working day (see add-business-time.ts).
 */
export function teamWorkingDayCalendar(calendar: CalendarSettings): WorkingDayCalendar {
  return { settings: calendar };
}
