import type { PlatformIdentities } from "../roster/platform-identity.js";
import type { ComplaintRecord } from "./complaint-record.js";

/**
 * Where a case's card (or, given `team`, its temporary team) is, as a channel reference on the platform it
 * is on — so each renderer links it on its own platform and names it elsewhere. References stored before
 * platforms were recorded are Slack's.
 */
export function cardChannelOf(
  record: Pick<ComplaintRecord, "cardChannel" | "cardPlatform"> & Partial<Pick<ComplaintRecord, "teamChannel">>,
  which: "card" | "team" = "card",
): PlatformIdentities | null {
  const channel = which === "card" ? record.cardChannel : (record.teamChannel ?? null);
  return channel ? { [record.cardPlatform ?? "slack"]: channel } : null;
}
