import type { ComplaintStatus, EscalationTier } from "./complaint-case.js";

/** One entry of a case's timeline, as the rules produce it (the repository stores it as complaint_events). */
export interface ComplaintEventDraft {
  at: Date;
  /** Who: an actor name (`domain/roster/actor-of.ts`: a bare Slack id, `teams:…`, `person:<id>`), or `steward` for automatic steps. */
  actor: string;
  kind: "transition" | "escalation" | "warning" | "page" | "update" | "message";
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  fromTier: EscalationTier | null;
  toTier: EscalationTier | null;
  reason: string | null;
  text: string | null;
}
