import { addWorkingDays } from "../calendar/add-working-days.js";
import type { CalendarSettings } from "../calendar/calendar-settings.js";
import { nextWorkingMoment } from "../calendar/next-working-moment.js";
import { wallClock } from "../calendar/wall-clock.js";
import { zonedTimeToUtc } from "../calendar/zoned-time-to-utc.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

/**
 * Working days in the team's zone and calendar: a clock started outside working hours starts at the next
 * working moment, then runs to the same time of day N working days later (Friday 15:00 + 3 working days =
 * Wednesday 15:00; Saturday 10:00 + 3 = Thursday 09:00).
 */
export function teamWorkingDayCalendar(calendar: CalendarSettings): WorkingDayCalendar {
  return {
    addWorkingDays(from, days) {
      const start = nextWorkingMoment(from, calendar.timeZone, calendar);
      const here = wallClock(start, calendar.timeZone);
      const date = addWorkingDays(here.date, days, calendar);
      return new Date(zonedTimeToUtc(date, here.minuteOfDay, calendar.timeZone).getTime() + (start.getTime() % 60_000));
    },
  };
}
