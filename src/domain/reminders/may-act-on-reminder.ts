import type { RosterPerson } from "../roster/roster-person.js";

/**
 * Who may press Done or Snooze on a reminder: the person it was sent to (a DM, on either of their
 * platforms), anyone on the roster for an item posted to a team channel, and admins always. Others are
 * refused and nothing changes.
 */
export function mayActOnReminder(presser: RosterPerson | null, recipient: string): boolean {
  if (!presser) return false;
  if (presser.roles.includes("admin")) return true;
  if (recipient === presser.ids.slack || (presser.ids.teams && recipient === `teams:${presser.ids.teams}`)) return true;
  // A Slack member id, or a Teams person (an AAD id or UPN, not a conversation id like `19:…` or `a:…`).
  const sentToPerson = /^[UW]/.test(recipient) || /^teams:(?!\d+:|a:)/.test(recipient);
  return !sentToPerson;
}
