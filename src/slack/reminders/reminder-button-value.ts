/** What a reminder button carries: the item key, and for Snooze the days. */
export interface ReminderButtonValue {
  k: string;
  d?: number;
  c?: string;
}

/** Reads the pressed button's or chosen option's value; null when it is not one of ours. */
export function readReminderButtonValue(action: unknown): ReminderButtonValue | null {
  const a = action as { value?: string; selected_option?: { value?: string } };
  const raw = a.selected_option?.value ?? a.value;
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ReminderButtonValue;
    return typeof value.k === "string" ? value : null;
  } catch {
    return null;
  }
}
