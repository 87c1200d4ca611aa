import { z } from "zod";
import { isValidTimeZone } from "./is-valid-time-zone.js";
import { parseLocalDate } from "./local-date.js";

/**
 * The team's working calendar (shared/domain.md §2–3 and the reminders issue): when people may be
 * messaged. Every value is a default a team may change in its YAML config.
 */
const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day is HH:mm on a 24-hour clock, e.g. 09:00 or 18:00");

const localDate = z.string().refine(
  (value) => {
    try {
      parseLocalDate(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: "a holiday is a real date in the form YYYY-MM-DD, e.g. 2026-10-01" },
);

const bothTimes = (calendar: { workdayStart: string; workdayEnd: string }) =>
  timeOfDay.safeParse(calendar.workdayStart).success && timeOfDay.safeParse(calendar.workdayEnd).success;

export const calendarSettingsSchema = z
  .object({
    /** The team's IANA time zone, for people whose zone neither the roster nor their chat profile gives. */
    timeZone: z
      .string()
      .default("Asia/Shanghai")
      .refine(isValidTimeZone, { message: "timeZone must be an IANA time zone name, e.g. Asia/Shanghai or Europe/Berlin" }),
    /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
    workingDays: z
      .array(z.number().int().min(1, "working days are 1 (Monday) … 7 (Sunday)").max(7, "working days are 1 (Monday) … 7 (Sunday)"))
      .min(1)
      .default([1, 2, 3, 4, 5]),
    workdayStart: timeOfDay.default("09:00"),
    workdayEnd: timeOfDay.default("18:00"),
    /** Non-working dates, in each person's own calendar. */
    holidays: z.array(localDate).default([]),
  })
  // Only compared once both are well-formed, so a typo is reported once, at its field.
  .refine((calendar) => !bothTimes(calendar) || calendar.workdayStart < calendar.workdayEnd, {
    message: "workdayStart must be before workdayEnd, e.g. 09:00 and 18:00",
    path: ["workdayEnd"],
  });

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
