import type { LocalDate } from "../../calendar/local-date.js";
import type { EscalationTier } from "../complaint-case.js";

/**
 * One on-call rotation, matched to the roster: shift k (k = 0, 1, …) begins on `startsOn + k × lengthDays`
 * at `handoffMinute` on the wall clock of `timeZone` — so a 09:00 handoff stays at 09:00 local time
 * across both daylight-saving switches — and is held by `memberIds[k mod members]`.
 */
export interface Rotation {
  name: string;
  tier: EscalationTier;
  /** The lead department whose cases it covers, or null for every case (a group such as technical support). */
  departmentId: number | null;
  timeZone: string;
  lengthDays: number;
  /** Minutes after local midnight. */
  handoffMinute: number;
  startsOn: LocalDate;
  /** Roster person ids, in rotation order. */
  memberIds: readonly number[];
  /** Where it is defined: a database row (imported or edited) replaces the settings file's rotation of the same scope. */
  source: "settings" | "database";
}

/** "`personId` covers for `forPersonId`" during [startsAt, endsAt): wherever the latter would be on call. */
export interface OnCallOverride {
  personId: number;
  forPersonId: number;
  startsAt: Date;
  endsAt: Date;
  /** Later overrides win where they overlap (the settings file's count as the oldest). */
  createdAt: Date;
}
