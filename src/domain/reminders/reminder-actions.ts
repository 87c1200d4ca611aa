/** The action ids of reminder controls; their value names the item (`{"k": key}`), so they work after restarts and on any replica. */
export const REMINDER_ACTIONS = {
  done: "reminder_done",
  snooze: "reminder_snooze",
  open: "reminder_open",
} as const;

/** Part ids carry the item key, so a press can update just that item in a digest. */
export const itemBlockId = (key: string) => `reminder:${key}`;
export const itemActionsBlockId = (key: string) => `reminder-actions:${key}`;
