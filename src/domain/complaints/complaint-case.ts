/**
 * A complaint as the domain sees it: plain values, people as actor names (actorOf: a bare Slack id,
 * `teams:…`; or `steward` for automatic steps), so rules and refusal messages need nothing from a
 * platform or the database.
 */
export type ComplaintClass = "urgent" | "general" | "suggestion";
import type { CasePause } from "./case-pause.js";

/** `waiting_on_customer`: acknowledged, and waiting for something asked of the customer — the resolution clock pauses. */
export type ComplaintStatus = "open" | "acknowledged" | "waiting_on_customer" | "resolved" | "closed" | "reopened";
export type EscalationTier = 1 | 2 | 3;

export const COMPLAINT_CLASSES: readonly ComplaintClass[] = ["urgent", "general", "suggestion"];
export const TOP_TIER: EscalationTier = 3;

export interface ComplaintCase {
  id: number;
  class: ComplaintClass;
  category: string;
  status: ComplaintStatus;
  tier: EscalationTier;
  /** Bumped on every transition: the optimistic lock that lets only one of two racing changes win. */
  version: number;
  openedAt: Date;
  /** When the current tier took the case (opening, escalation or reopening): every deadline counts from here. */
  tierSince: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  firstResponseAt: Date | null;
  /** The latest update posted on the case (a tier's diagnosis is an update posted after `tierSince`). */
  lastUpdateAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  solution: string | null;
  closedAt: Date | null;
  closedBy: string | null;
  /** When it was last reopened and by whom, for refusals. */
  reopenedAt: Date | null;
  reopenedBy: string | null;
  /**
   * Every stretch of waiting on the customer, oldest first (the last one open while waiting). Absent means
   * none: cases built before pauses existed (imports, fixtures) have no pause.
   */
  pauses?: readonly CasePause[];
  /**
   * The roster names of the people stored in acknowledgedBy, resolvedBy, closedBy and reopenedBy (actor
   * name → person's name): a platform that cannot mention someone by that actor's id (Teams, for a Slack
   * id) names them. Absent in cases built without the roster (imports, fixtures): the actor is shown.
   */
  actorNames?: Readonly<Record<string, string>>;
}
