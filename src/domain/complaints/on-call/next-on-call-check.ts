import type { TierPaging } from "./decide-tier-paging.js";

/** The case's next timer moment, brought forward to the moment the rest of the tier is to be paged if that comes first. */
export function nextOnCallCheck(nextCheckAt: Date | null, paging: TierPaging<unknown>, now: Date): Date | null {
  if (paging.stage !== "on-call" || paging.groupAt === null || paging.groupAt <= now) return nextCheckAt;
  return nextCheckAt === null || paging.groupAt < nextCheckAt ? paging.groupAt : nextCheckAt;
}
