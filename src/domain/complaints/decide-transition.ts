import type { CaseActor } from "./case-actor.js";
import type { ComplaintCase, ComplaintStatus, EscalationTier } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintEventDraft } from "./complaint-event-draft.js";
import type { ComplaintAction, ComplaintTransition, TransitionPermission } from "./complaint-transitions.js";
import { COMPLAINT_TRANSITIONS } from "./complaint-transitions.js";
import { formatMoment } from "./format-moment.js";

export type TransitionRequest =
  | { action: "acknowledge" }
  | { action: "escalate"; reason: string; toTier?: EscalationTier }
  | { action: "update"; text: string }
  | { action: "resolve"; solution: string }
  | { action: "confirm" }
  | { action: "reopen"; reason: string };

export type TransitionOutcome =
  | { ok: true; transition: ComplaintTransition; next: ComplaintCase; event: ComplaintEventDraft }
  | { ok: false; message: string };

const TIER_PEOPLE: Record<EscalationTier, string> = {
  1: "the owner or customer service",
  2: "the lead department's head or technical support",
  3: "an executive",
};

/**
 * Applies one button press (or Steward's automatic escalation) to a case: the allowed move from the
 * transition table with the case as it becomes, or a refusal that says exactly why and changes nothing.
 * `timeZone` is the presser's, for the times quoted in refusals ("already resolved by @li at 14:02").
 */
export function decideTransition(
  complaint: ComplaintCase,
  request: TransitionRequest,
  actor: CaseActor,
  now: Date,
  timeZone: string,
): TransitionOutcome {
  const transition = COMPLAINT_TRANSITIONS.find((t) => t.action === request.action && t.from === complaint.status);
  if (!transition) return { ok: false, message: stateRefusal(complaint, request.action, now, timeZone) };
  const denied = permissionRefusal(transition.who, complaint, request.action, actor);
  if (denied) return { ok: false, message: denied };

  const base = { ...complaint, status: transition.to, version: complaint.version + 1 };
  const event: ComplaintEventDraft = {
    at: now,
    actor: actor.id,
    kind: "transition",
    fromStatus: complaint.status,
    toStatus: transition.to,
    fromTier: complaint.tier,
    toTier: complaint.tier,
    reason: null,
    text: null,
  };
  switch (request.action) {
    case "acknowledge":
      return { ok: true, transition, next: { ...base, acknowledgedAt: now, acknowledgedBy: actor.id }, event };
    case "escalate": {
      const reason = request.reason.trim();
      if (!reason) return { ok: false, message: "Say why you escalate: the reason is recorded on the case." };
      if (complaint.tier === TOP_TIER) {
        return { ok: false, message: `Case #${complaint.id} is already at tier 3 (executives): there is no tier above.` };
      }
      const nextTier = (complaint.tier + 1) as EscalationTier;
      const toTier = request.toTier ?? nextTier;
      if (toTier <= complaint.tier || toTier > TOP_TIER) {
        return { ok: false, message: `Escalate to a tier above the current tier ${complaint.tier}, e.g. tier ${nextTier}.` };
      }
      if (toTier > nextTier && !actor.isAdmin && Math.max(0, ...actor.tiers) < 2) {
        return {
          ok: false,
          message: `Only tier 2 or above may skip a tier; escalate to tier ${nextTier} instead (you are tier ${Math.max(0, ...actor.tiers) || "—"}).`,
        };
      }
      return {
        ok: true,
        transition,
        next: { ...base, tier: toTier, tierSince: now },
        event: { ...event, kind: "escalation", toTier, reason },
      };
    }
    case "update": {
      const text = request.text.trim();
      if (!text) return { ok: false, message: "The update is empty: write what happened or what the customer was told." };
      return {
        ok: true,
        transition,
        next: { ...base, lastUpdateAt: now, firstResponseAt: complaint.firstResponseAt ?? now },
        event: { ...event, kind: "update", text },
      };
    }
    case "resolve": {
      const solution = request.solution.trim();
      if (!solution) return { ok: false, message: "Describe the solution: it is what the customer is asked to confirm." };
      return {
        ok: true,
        transition,
        next: {
          ...base,
          resolvedAt: now,
          resolvedBy: actor.id,
          solution,
          firstResponseAt: complaint.firstResponseAt ?? now,
        },
        event: { ...event, text: solution },
      };
    }
    case "confirm":
      return { ok: true, transition, next: { ...base, closedAt: now, closedBy: actor.id }, event };
    case "reopen": {
      const reason = request.reason.trim();
      if (!reason) return { ok: false, message: "Say why the case is reopened: the reason is recorded on the case." };
      return {
        ok: true,
        transition,
        // Fresh clocks for the tier that holds it; the earlier resolution and its solution stay in the timeline.
        next: {
          ...base,
          tierSince: now,
          reopenedAt: now,
          reopenedBy: actor.id,
          resolvedAt: null,
          resolvedBy: null,
          solution: null,
          closedAt: null,
          closedBy: null,
        },
        event: { ...event, reason },
      };
    }
  }
}

function stateRefusal(complaint: ComplaintCase, action: ComplaintAction, now: Date, timeZone: string): string {
  const at = (moment: Date | null) => (moment ? ` at ${formatMoment(moment, now, timeZone)}` : "");
  const by = (who: string | null) => (who ? ` by ${mention(who)}` : "");
  const id = `Case #${complaint.id}`;
  switch (complaint.status as ComplaintStatus) {
    case "closed":
      return `${id} is already closed${by(complaint.closedBy)}${at(complaint.closedAt)} (the customer confirmed the solution). Reopen it to continue.`;
    case "resolved":
      return action === "resolve" || action === "acknowledge" || action === "escalate"
        ? `${id} is already resolved${by(complaint.resolvedBy)}${at(complaint.resolvedAt)}. Reopen it if the problem is back.`
        : `${id} cannot be ${pastTense(action)} while resolved.`;
    case "acknowledged":
      return action === "acknowledge"
        ? `${id} is already acknowledged${by(complaint.acknowledgedBy)}${at(complaint.acknowledgedAt)}.`
        : notResolvedRefusal(id, action);
    case "reopened":
    case "open":
      return action === "reopen" && complaint.status === "reopened"
        ? `${id} is already reopened${by(complaint.reopenedBy)}${at(complaint.reopenedAt)}.`
        : notResolvedRefusal(id, action);
  }
}

function notResolvedRefusal(id: string, action: ComplaintAction): string {
  if (action === "confirm") return `${id} is not resolved yet: resolve it with the solution first, then record the customer's confirmation.`;
  if (action === "reopen") return `${id} is still open: only a resolved or closed case can be reopened.`;
  return `${id} cannot be ${pastTense(action)} now.`;
}

function permissionRefusal(
  who: TransitionPermission,
  complaint: ComplaintCase,
  action: ComplaintAction,
  actor: CaseActor,
): string | null {
  if (actor.isSteward) return action === "escalate" ? null : "Steward only escalates at a deadline.";
  if (actor.isAdmin) return null;
  const highest = Math.max(0, ...actor.tiers);
  const yours = highest === 0 ? "you are not on this case's tiers" : `you are tier ${highest}`;
  switch (who) {
    case "currentTierOrAbove":
      return highest >= complaint.tier
        ? null
        : `Case #${complaint.id} is at tier ${complaint.tier}: only ${TIER_PEOPLE[complaint.tier]}${complaint.tier < 3 ? " or a higher tier" : ""} can ${action} it (${yours}).`;
    case "anyTier":
      return highest > 0
        ? null
        : `Only people on the case's escalation tiers (owner, customer service, department head, technical support, executives) can ${action} case #${complaint.id}; ${yours}.`;
    case "customerFacing":
      return actor.isOwner || actor.tiers.includes(1) || actor.id === complaint.resolvedBy
        ? null
        : `Only the customer's owner, customer service or whoever resolved case #${complaint.id} can record the customer's confirmation.`;
    case "caseMember":
      return highest > 0 || actor.inCaseDepartment
        ? null
        : `Only people on case #${complaint.id} (its tiers, lead or cooperating departments) can ${action} it.`;
  }
}

function pastTense(action: ComplaintAction): string {
  const words: Record<ComplaintAction, string> = {
    acknowledge: "acknowledged",
    escalate: "escalated",
    update: "updated",
    resolve: "resolved",
    confirm: "confirmed closed",
    reopen: "reopened",
  };
  return words[action];
}

/** Slack renders `<@U123>` as @name; Steward's own steps read as "Steward". */
function mention(who: string): string {
  return who === "steward" ? "Steward" : who.startsWith("cli:") ? who : `<@${who}>`;
}
