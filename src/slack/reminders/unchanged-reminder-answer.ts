import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { formatTime } from "../../domain/calendar/format-time.js";

export type UnchangedOutcome =
  | { outcome: "not-allowed"; recipient: string }
  | { outcome: "unknown-item" }
  | { outcome: "already-done"; doneBy: string; doneAt: Date };

/**
 * What a Done or Snooze press that changed nothing answers: who may act instead, a reminder Steward no
 * longer knows, or who already did it and when (in the presser's zone). `nothingMore` ends the last.
 */
export function unchangedReminderAnswer(result: UnchangedOutcome, presser: RosterPerson | null, zone: string, nothingMore: string): string {
  switch (result.outcome) {
    case "not-allowed":
      return presser
        ? `This reminder was sent to <@${result.recipient}>; only they or an admin can act on it. Nothing was changed.`
        : "Only people on Steward's roster can act on reminders — ask your Steward admin to add you. Nothing was changed.";
    case "unknown-item":
      return "This reminder is no longer known to Steward; nothing was changed.";
    case "already-done":
      return `Already done by <@${result.doneBy}> at ${formatTime(result.doneAt, zone, "moment")} — ${nothingMore}.`;
  }
}
