import type { ComplaintCase } from "./complaint-case.js";
import type { Platform, PlatformIdentities } from "../roster/platform-identity.js";

export interface ComplaintDepartmentRef {
  id: number;
  name: string;
  /** Where the department is reached on each platform. */
  channels: PlatformIdentities;
  headId: number | null;
}

/** A case with what its cards, pings and rules need: customer, departments, where its messages live. */
export interface ComplaintRecord {
  case: ComplaintCase;
  ref: string | null;
  description: string;
  source: string | null;
  sourcePermalink: string | null;
  customer: {
    id: number;
    key: string;
    name: string;
    ownerId: number | null;
    /** The customer's owner as messages name them (mentionPerson); null when the customer has none. */
    owner: { name: string; ids: PlatformIdentities } | null;
    ownerDepartmentId: number | null;
  };
  /** Who filed it, as an actor (actorOf: a Slack id, `teams:…`, `person:<id>`); null when nobody on the roster. */
  openedBy: string | null;
  lead: ComplaintDepartmentRef | null;
  /** The notice's platform: absent means Slack (every notice posted before Teams). */
  cooperating: (ComplaintDepartmentRef & { noticeChannel: string | null; noticeTs: string | null; noticePlatform?: Platform })[];
  /** The stored scheduler cursor (see `nextComplaintCheck`). */
  nextCheckAt: Date | null;
  cardChannel: string | null;
  cardTs: string | null;
  /** The platform the card lives on; absent means Slack (every case filed before Teams). */
  cardPlatform?: Platform;
  teamChannel: string | null;
}
