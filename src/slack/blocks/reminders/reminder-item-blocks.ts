import { itemActionsBlockId, itemBlockId, REMINDER_ACTIONS } from "./reminder-action-ids.js";

export interface ReminderItemView {
  key: string;
  text: string;
  detail: string | null;
  customerKey: string | null;
  snoozeDays: readonly number[];
}

/** One reminder item in a digest: its text, then Done / Snooze / Open. Two blocks, so a digest of 24 fits Slack's 50. */
export function reminderItemBlocks(item: ReminderItemView): unknown[] {
  const value = JSON.stringify({ k: item.key });
  const elements: unknown[] = [
    { type: "button", action_id: REMINDER_ACTIONS.done, text: { type: "plain_text", text: "Done" }, style: "primary", value },
    {
      type: "static_select",
      action_id: REMINDER_ACTIONS.snooze,
      placeholder: { type: "plain_text", text: "Snooze" },
      options: item.snoozeDays.map((days) => ({
        text: { type: "plain_text", text: days === 1 ? "Snooze 1 day" : days === 7 ? "Snooze 1 week" : `Snooze ${days} days` },
        value: JSON.stringify({ k: item.key, d: days }),
      })),
    },
  ];
  if (item.customerKey) {
    elements.push({ type: "button", action_id: REMINDER_ACTIONS.open, text: { type: "plain_text", text: "Open" }, value: JSON.stringify({ k: item.key, c: item.customerKey }) });
  }
  return [
    { type: "section", block_id: itemBlockId(item.key), text: { type: "mrkdwn", text: item.detail ? `${item.text}\n${item.detail}` : item.text } },
    { type: "actions", block_id: itemActionsBlockId(item.key), elements },
  ];
}
