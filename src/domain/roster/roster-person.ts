import type { Platform, PlatformIdentities } from "./platform-identity.js";

export const ROLES = ["owner", "frontline", "department_head", "tech_support", "executive", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A person on the roster: who they are on each chat platform, what they may do, where they live. */
export interface RosterPerson {
  id: number;
  /** Their id on each platform they use (at least one). */
  ids: PlatformIdentities;
  name: string;
  roles: Role[];
  departmentId: number | null;
  /** IANA zone from the roster; null when unknown (then their chat profile's, then the team default). */
  timeZone: string | null;
  /** Where their direct messages go when they are on both platforms (see addressOf); Slack when unset. */
  preferredPlatform?: Platform;
}
