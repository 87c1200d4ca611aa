import { readReminderValue, type ReminderValue } from "../../domain/reminders/read-reminder-value.js";

/** Reads the pressed button's or chosen option's value; null when it is not one of ours. */
export function readReminderButtonValue(action: unknown): ReminderValue | null {
  const a = action as { value?: string; selected_option?: { value?: string } };
  return readReminderValue(a.selected_option?.value ?? a.value);
}
