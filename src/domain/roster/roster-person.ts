export const ROLES = ["owner", "frontline", "department_head", "tech_support", "executive", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A person on the roster: who they are in Slack, what they may do, where they live. */
export interface RosterPerson {
  id: number;
  slackUserId: string;
  name: string;
  roles: Role[];
  departmentId: number | null;
  /** IANA zone from the roster; null when unknown (then Slack's profile, then the team default). */
  timeZone: string | null;
}
