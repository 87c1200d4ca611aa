import type { Inline, Message, PersonMention } from "../messages/message.js";
import { itemActionsBlockId } from "./reminder-actions.js";

/** What was done with a reminder item, by whom (a roster person, or their recorded name when unknown) and when. */
export type ReminderOutcome =
  | { kind: "done"; by: PersonMention | string; at: Date; fallbackAt: string }
  | { kind: "snoozed"; by: PersonMention | string; until: Date; fallbackUntil: string };

/**
 * A reminder item's message after it was dealt with: its controls give way to a line saying who did
 * what and when (each reader's own zone where the platform can show it); its text stays.
 */
export function settleReminderItem(message: Message, itemKey: string, outcome: ReminderOutcome): Message {
  const who: Inline = typeof outcome.by === "string" ? outcome.by : { kind: "mention", person: outcome.by };
  const line: Inline =
    outcome.kind === "done"
      ? [{ kind: "icon", name: "white_check_mark" }, " Done by ", who, " at ", { kind: "date", at: outcome.at.toISOString(), fallback: outcome.fallbackAt }, "."]
      : [{ kind: "icon", name: "zzz" }, " Snoozed by ", who, " until ", { kind: "date", at: outcome.until.toISOString(), fallback: outcome.fallbackUntil }, "."];
  return {
    ...message,
    parts: message.parts.map((part) => (part.kind === "controls" && part.id === itemActionsBlockId(itemKey) ? { kind: "note", text: line } : part)),
  };
}
