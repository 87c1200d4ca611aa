import type { RosterPerson } from "../roster/roster-person.js";

/**
 * Who may press Done or Snooze on a reminder: the person it was sent to (a DM), anyone on the roster
 * for an item posted to a team channel, and admins always. Others are refused and nothing changes.
 */
export function mayActOnReminder(presser: RosterPerson | null, recipient: string): boolean {
  if (!presser) return false;
  if (presser.roles.includes("admin")) return true;
  const sentToPerson = /^[UW]/.test(recipient);
  return !sentToPerson || recipient === presser.ids.slack;
}
