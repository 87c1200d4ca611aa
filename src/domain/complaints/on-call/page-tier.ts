import type { ComplaintCase } from "../complaint-case.js";
import { isAwaitingAcknowledgement } from "../is-awaiting-acknowledgement.js";
import { type AwayCheck, decideTierPaging, type TierPaging } from "./decide-tier-paging.js";
import { groupAfterMs, type OnCallSettings } from "./on-call-settings.js";
import type { OnCallOverride, Rotation } from "./rotation.js";
import { rotationForCase } from "./rotation-for-case.js";

/** What the timers know of on-call duty in one look: rotations and overrides in force, who is away, the policy. */
export interface OnCallContext<P extends { id: number }> {
  people: readonly P[];
  rotations: readonly Rotation[];
  overrides: readonly OnCallOverride[];
  settings: OnCallSettings;
  away: AwayCheck;
}

/** Whom a case's current tier is paged at `now` (`decideTierPaging` with the case's rotation and class policy). */
export function pageTier<P extends { id: number }>(
  context: OnCallContext<P>,
  tierPeople: readonly P[],
  leadDepartmentId: number | null,
  state: ComplaintCase,
  now: Date,
): TierPaging<P> {
  return decideTierPaging({
    tierPeople,
    people: context.people,
    rotation: rotationForCase(context.rotations, state.tier, leadDepartmentId),
    overrides: context.overrides,
    tierSince: state.tierSince,
    awaiting: isAwaitingAcknowledgement(state),
    groupAfterMs: groupAfterMs(context.settings, state.class),
    away: context.away,
    now,
  });
}
