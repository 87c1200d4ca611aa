import type { Control, Inline, Message } from "../messages/message.js";
import { itemActionsBlockId, itemBlockId, REMINDER_ACTIONS } from "./reminder-actions.js";

export interface ReminderItemContent {
  key: string;
  text: Inline;
  detail: Inline | null;
  customerKey: string | null;
  snoozeDays: readonly number[];
}

/** Why an item says more than its text: it came late (`was due …`), or it is back from a snooze. */
export type ReminderItemMark = { kind: "late"; wasDue: string } | { kind: "snoozed" };

/**
 * One reminder item as it sits in a digest: its text (with detail lines), then Done / Snooze / Open.
 * Two parts, so a digest of 24 fits Slack's 50 blocks. `text` is `[item text, …mark]`, so a snooze
 * can re-mark a stored item (see remarkItemMessage).
 */
export function reminderItemMessage(item: ReminderItemContent, mark?: ReminderItemMark): Message {
  const text: Inline = [item.text, ...markRuns(mark)];
  const value = JSON.stringify({ k: item.key });
  const controls: Control[] = [
    { kind: "button", action: REMINDER_ACTIONS.done, label: "Done", style: "primary", value },
    {
      kind: "choice",
      action: REMINDER_ACTIONS.snooze,
      placeholder: "Snooze",
      options: item.snoozeDays.map((days) => ({
        label: days === 1 ? "Snooze 1 day" : days === 7 ? "Snooze 1 week" : `Snooze ${days} days`,
        value: JSON.stringify({ k: item.key, d: days }),
      })),
    },
  ];
  if (item.customerKey) controls.push({ kind: "button", action: REMINDER_ACTIONS.open, label: "Open", value: JSON.stringify({ k: item.key, c: item.customerKey }) });
  return {
    text,
    parts: [
      { kind: "text", id: itemBlockId(item.key), text: item.detail ? [text, "\n", item.detail] : text },
      { kind: "controls", id: itemActionsBlockId(item.key), controls },
    ],
  };
}

/**
 * A stored item message with another mark (a snoozed item comes back saying so, and no longer late):
 * the item text, detail and controls stay as they were built.
 */
export function remarkItemMessage(message: Message, mark: ReminderItemMark): Message {
  const marked = message.text as readonly Inline[];
  const text: Inline = [marked[0] ?? "", ...markRuns(mark)];
  return {
    text,
    parts: message.parts.map((part, index) => {
      if (index !== 0 || part.kind !== "text") return part;
      const shown = part.text as readonly Inline[];
      // `[text, "\n", detail]`; a text without detail is `[item text]` or `[item text, " ", mark]`.
      const hasDetail = shown.length === 3 && shown[1] === "\n";
      return { ...part, text: hasDetail ? [text, "\n", shown[2]!] : text };
    }),
  };
}

function markRuns(mark: ReminderItemMark | undefined): Inline[] {
  if (!mark) return [];
  const content = mark.kind === "late" ? `(late: was due ${mark.wasDue})` : "(snoozed)";
  return [" ", { kind: "emphasis", content }];
}
