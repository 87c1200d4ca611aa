import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { formatTime } from "../../domain/calendar/format-time.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";

export type UnchangedOutcome =
  | { outcome: "not-allowed"; recipient: string }
  | { outcome: "unknown-item" }
  | { outcome: "already-done"; doneBy: string; doneByName: string | null; doneAt: Date }
  | { outcome: "already-snoozed"; snoozedBy: string; snoozedByName: string | null; until: Date };

/**
 * Who acted, as Slack shows them: a Slack member (recorded by their bare member id) as a mention;
 * anyone recorded otherwise (`teams:…`, having acted in Teams) by their roster name.
 */
function who(actor: string, name: string | null): string {
  return /^[a-z]+:/.test(actor) ? escapeMrkdwn(name ?? "someone") : `<@${actor}>`;
}

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
      return `Already done by ${who(result.doneBy, result.doneByName)} at ${formatTime(result.doneAt, zone, "moment")} — ${nothingMore}.`;
    case "already-snoozed":
      return `Already snoozed by ${who(result.snoozedBy, result.snoozedByName)} until ${formatTime(result.until, zone, "moment")} — nothing changed.`;
  }
}
