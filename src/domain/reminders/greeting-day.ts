import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { LocalDate } from "../calendar/local-date.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import type { ReminderSettings } from "./reminder-settings.js";

/** The working day on which to remind of a greeting: the day itself, or the working day before (or after) it. */
export function greetingDay(date: LocalDate, calendar: CalendarSettings, reminders: ReminderSettings): LocalDate {
  const direction = reminders.birthdays.onNonWorkingDay === "working-day-before" ? "earlier" : "later";
  return nearestWorkingDay(date, direction, calendar);
}
