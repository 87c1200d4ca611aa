import type { TierPaging } from "./decide-tier-paging.js";

/**
 * Whether the rest of the tier is to be paged at this look: the person on call had the case alone until
 * `groupAt`, nobody acknowledged, and that moment falls in what this look handles (from the stored
 * cursor `handledUntil` to `now`, like every other timer). The ping's delivery key makes it once per round.
 */
export function groupPageDue(paging: TierPaging<unknown>, awaiting: boolean, handledUntil: Date | null, now: Date): boolean {
  if (!awaiting || paging.onCall === null || paging.groupAt === null || paging.stage !== "group") return false;
  const from = handledUntil?.getTime() ?? Number.NEGATIVE_INFINITY;
  return paging.groupAt.getTime() >= from && paging.groupAt <= now;
}
