import type { RosterPerson } from "../../../domain/roster/roster-person.js";

/** Why this person may not press Done or Snooze on this reminder. */
export function reminderRefusal(presser: RosterPerson | null, recipient: string): string {
  if (!presser) return "Only people on Steward's roster can act on reminders — ask your Steward admin to add you. Nothing was changed.";
  return `This reminder was sent to <@${recipient}>; only they or an admin can act on it. Nothing was changed.`;
}
