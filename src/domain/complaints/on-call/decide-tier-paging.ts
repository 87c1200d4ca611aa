import { onCallAt } from "./on-call-at.js";
import type { OnCallOverride, Rotation } from "./rotation.js";

/** Whether a person cannot be paged at a moment (away, on leave): supplied by whoever knows absences. */
export type AwayCheck = (personId: number, at: Date) => boolean;

export interface TierPagingInput<P extends { id: number }> {
  /** Everyone the tier consists of for this case (`peopleOfTier`), in roster order. */
  tierPeople: readonly P[];
  /** Everyone who can be paged (the rotation may name someone outside the tier's roles, e.g. a cover). */
  people: readonly P[];
  /** The rotation covering this tier of this case (`rotationForCase`), or null: the whole tier is paged, as before rotations. */
  rotation: Rotation | null;
  overrides: readonly OnCallOverride[];
  /** When the tier took the case. */
  tierSince: Date;
  /** Nobody has acknowledged at this tier yet. */
  awaiting: boolean;
  /** The class's policy: how long the person on call has before the rest of the tier is paged; null: at once. */
  groupAfterMs: number | null;
  away: AwayCheck;
  now: Date;
}

export interface TierPaging<P> {
  /** `everyone`: no rotation; `on-call`: only the person on call is paged yet; `group`: they and the rest of the tier. */
  stage: "everyone" | "on-call" | "group";
  /** The reachable person on call (the scheduled one, else the next reachable member in rotation order). */
  onCall: P | null;
  /** Whom the tier's pings go to at `now`. Empty: nobody reachable holds the tier. */
  paged: P[];
  /** When the rest of the tier is (or was) paged, if the policy pages the on-call person first. */
  groupAt: Date | null;
}

/**
 * The in-tier escalation policy: first the person on call; if nobody acknowledged within the class's
 * `groupAfter`, the rest of the tier too (the next tier follows at the SLA deadline, as without rotations).
 * Away people are never paged: an away person on call hands to the next reachable rotation member, and when
 * no member is reachable the whole reachable tier is paged at once.
 */
export function decideTierPaging<P extends { id: number }>(input: TierPagingInput<P>): TierPaging<P> {
  const { rotation, now } = input;
  const reachable = (person: P) => !input.away(person.id, now);
  const everyone = input.tierPeople.filter(reachable);
  if (!rotation || rotation.memberIds.length === 0) return { stage: "everyone", onCall: null, paged: everyone, groupAt: null };

  const onCall = reachableOnCall(input, rotation);
  if (!onCall) return { stage: "group", onCall: null, paged: everyone, groupAt: null };
  const rest = everyone.filter((person) => person.id !== onCall.id);
  const groupAt = input.groupAfterMs === null ? null : new Date(input.tierSince.getTime() + input.groupAfterMs);
  if (input.awaiting && groupAt && now < groupAt) return { stage: "on-call", onCall, paged: [onCall], groupAt };
  return { stage: "group", onCall, paged: [onCall, ...rest], groupAt };
}

function reachableOnCall<P extends { id: number }>(input: TierPagingInput<P>, rotation: Rotation): P | null {
  const byId = new Map(input.people.map((person) => [person.id, person]));
  const pageable = (id: number | null) => {
    const person = id === null ? undefined : byId.get(id);
    return person && !input.away(person.id, input.now) ? person : null;
  };
  const holder = onCallAt(rotation, input.overrides, input.now);
  if (holder.scheduledIndex === null) return null;
  const first = pageable(holder.holderId);
  if (first) return first;
  // The holder is away (or left the roster): the rotation's next members, in order.
  for (let step = 1; step < rotation.memberIds.length; step++) {
    const next = pageable(rotation.memberIds[(holder.scheduledIndex + step) % rotation.memberIds.length]!);
    if (next) return next;
  }
  return null;
}
