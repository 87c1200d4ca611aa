import { addDays } from "../../calendar/add-days.js";
import { daysBetween } from "../../calendar/days-between.js";
import { wallClock } from "../../calendar/wall-clock.js";
import { zonedTimeToUtc } from "../../calendar/zoned-time-to-utc.js";
import type { OnCallOverride, Rotation } from "./rotation.js";

/** Who holds a rotation at one moment. */
export interface OnCallHolder {
  /** The person on call (the covering person during an override), or null before the rotation's first shift. */
  holderId: number | null;
  /** Whom the rotation itself names for this shift. */
  scheduledId: number | null;
  /** Set when an override applies: the scheduled person the holder covers for. */
  coveringFor: number | null;
  /** Index of the scheduled member in `memberIds`, for walking to the next member. */
  scheduledIndex: number | null;
}

export interface OnCallNow extends OnCallHolder {
  /** The next moment someone else holds the rotation (a handoff or an override's start or end), or null if never. */
  next: ({ at: Date } & OnCallHolder) | null;
}

/**
 * Who is on call in `rotation` at `now`, and the next handoff. Shifts begin at the handoff's wall-clock time
 * in the rotation's zone (a handoff skipped by a spring-forward jump moves forward by the jump, see
 * `zonedTimeToUtc`). An override applies while its period runs and its covered person is scheduled; where
 * several apply, the latest made wins. Overrides do not chain: a cover for the covering person is not followed.
 */
export function onCallAt(rotation: Rotation, overrides: readonly OnCallOverride[], now: Date): OnCallNow {
  const current = holderAt(rotation, overrides, now);
  const k = shiftIndexAt(rotation, now);
  const candidates = new Set<number>();
  // One full turn of the rotation (and one more shift) is enough to see every member once.
  for (let step = 1; step <= rotation.memberIds.length + 1; step++) candidates.add(shiftStart(rotation, Math.max(k, -1) + step).getTime());
  for (const override of overrides) candidates.add(override.startsAt.getTime()).add(override.endsAt.getTime());
  for (const at of [...candidates].filter((at) => at > now.getTime()).sort((a, b) => a - b)) {
    const then = holderAt(rotation, overrides, new Date(at));
    if (then.holderId !== current.holderId || then.coveringFor !== current.coveringFor) return { ...current, next: { at: new Date(at), ...then } };
  }
  return { ...current, next: null };
}

function holderAt(rotation: Rotation, overrides: readonly OnCallOverride[], at: Date): OnCallHolder {
  const k = shiftIndexAt(rotation, at);
  if (k < 0 || rotation.memberIds.length === 0) return { holderId: null, scheduledId: null, coveringFor: null, scheduledIndex: null };
  const scheduledIndex = k % rotation.memberIds.length;
  const scheduledId = rotation.memberIds[scheduledIndex]!;
  let winner: OnCallOverride | null = null;
  for (const override of overrides) {
    if (override.forPersonId !== scheduledId || override.startsAt > at || override.endsAt <= at) continue;
    if (!winner || override.createdAt >= winner.createdAt) winner = override;
  }
  return winner
    ? { holderId: winner.personId, scheduledId, coveringFor: scheduledId, scheduledIndex }
    : { holderId: scheduledId, scheduledId, coveringFor: null, scheduledIndex };
}

/** The shift running at `at` (−1 before the first one). */
function shiftIndexAt(rotation: Rotation, at: Date): number {
  const days = daysBetween(rotation.startsOn, wallClock(at, rotation.timeZone).date);
  let k = Math.floor(days / rotation.lengthDays);
  while (k >= 0 && shiftStart(rotation, k) > at) k--;
  while (shiftStart(rotation, k + 1) <= at) k++;
  return Math.max(k, -1);
}

/** When shift `k` begins. */
function shiftStart(rotation: Rotation, k: number): Date {
  return zonedTimeToUtc(addDays(rotation.startsOn, k * rotation.lengthDays), rotation.handoffMinute, rotation.timeZone);
}
