import { z } from "zod";
import { calendarSettingsSchema } from "../domain/calendar/calendar-settings.js";
import { complaintSettingsSchema } from "../domain/complaints/complaint-settings.js";
import { healthSettingsSchema } from "../domain/health/health-settings.js";
import { reminderSettingsSchema } from "../domain/reminders/reminder-settings.js";

/** A team's playbook: every default from shared/domain.md, overridable in the STEWARD_CONFIG YAML file. */
export const teamSettingsSchema = z
  .object({
    calendar: calendarSettingsSchema.prefault({}),
    health: healthSettingsSchema.prefault({}),
    reminders: reminderSettingsSchema.prefault({}),
    complaints: complaintSettingsSchema.prefault({}),
  })
  .strict();

export type TeamSettings = z.infer<typeof teamSettingsSchema>;
