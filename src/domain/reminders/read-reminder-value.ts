/** What a reminder control carries (reminderItemMessage): the item key, for Snooze the days, for Open the customer key. */
export interface ReminderValue {
  k: string;
  d?: number;
  c?: string;
}

/** A pressed reminder control's value, on any platform; null when it is not one of ours. */
export function readReminderValue(raw: string | undefined): ReminderValue | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ReminderValue;
    return value && typeof value.k === "string" ? value : null;
  } catch {
    return null;
  }
}
