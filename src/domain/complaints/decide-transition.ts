import type { CaseActor } from "./case-actor.js";
import type { CaseParties } from "./case-parties-of.js";
import type { CasePause } from "./case-pause.js";
import { caseActorMention } from "./case-actor-mention.js";
import type { ComplaintCase, ComplaintStatus, EscalationTier } from "./complaint-case.js";
import { TOP_TIER } from "./complaint-case.js";
import type { ComplaintEventDraft } from "./complaint-event-draft.js";
import { CASE_ROLES, COMPLAINT_PERMISSIONS, type CaseRole } from "./complaint-permissions.js";
import type { ComplaintAction, ComplaintTransition } from "./complaint-transitions.js";
import { COMPLAINT_TRANSITIONS } from "./complaint-transitions.js";
import { formatMoment } from "./format-moment.js";
import type { Inline } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import { joinInline } from "./join-inline.js";

export type TransitionRequest =
  | { action: "acknowledge" }
  | { action: "escalate"; reason: string; toTier?: EscalationTier }
  | { action: "update"; text: string }
  | { action: "wait"; asked: string }
  | { action: "resume" }
  | { action: "resolve"; solution: string }
  | { action: "confirm" }
  | { action: "reopen"; reason: string };

export type TransitionOutcome =
  | { ok: true; transition: ComplaintTransition; next: ComplaintCase; event: ComplaintEventDraft }
  /** Plain words, with the people it names as mentions (the adapter renders them). */
  | { ok: false; message: Inline };

/** Who the case's people are when a refusal has no names for them. */
const UNNAMED: CaseParties = { owner: null, leadDepartment: null, frontline: "the lead department's frontline", departments: [] };

/**
 * Applies one button press (or Steward's automatic escalation) to a case: the allowed move from the
 * transition table, if the permission matrix lets this person make it at the case's tier, with the case
 * as it becomes — or a refusal that says exactly why, names who may instead, and changes nothing.
 * `timeZone` is the presser's, for the times quoted in refusals ("already resolved by @li at 14:02");
 * `parties` names the case's people in refusals (Steward's own escalations are never refused for a role).
 */
export function decideTransition(
  complaint: ComplaintCase,
  request: TransitionRequest,
  actor: CaseActor,
  now: Date,
  timeZone: string,
  parties: CaseParties = UNNAMED,
): TransitionOutcome {
  const transition = COMPLAINT_TRANSITIONS.find((t) => t.action === request.action && t.from === complaint.status);
  if (!transition) return { ok: false, message: stateRefusal(complaint, request.action, now, timeZone) };
  if (request.action === "escalate" && complaint.tier === TOP_TIER) {
    return { ok: false, message: `Case #${complaint.id} is already at tier 3 (executives): there is no tier above.` };
  }
  const denied = permissionRefusal(complaint, request.action, actor, parties);
  if (denied) return { ok: false, message: denied };

  // Leaving `waiting_on_customer` in any way (reply, resolution, escalation) ends the open pause now; an
  // update while waiting does not.
  const leavesWaiting = complaint.status === "waiting_on_customer" && transition.to !== "waiting_on_customer";
  const pauses = leavesWaiting ? endPause(complaint.pauses ?? [], now) : complaint.pauses;
  const base = { ...complaint, status: transition.to, version: complaint.version + 1, ...(pauses ? { pauses } : {}) };
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
      const nextTier = (complaint.tier + 1) as EscalationTier;
      const toTier = request.toTier ?? nextTier;
      if (toTier <= complaint.tier || toTier > TOP_TIER) {
        return { ok: false, message: `Escalate to a tier above the current tier ${complaint.tier}, e.g. tier ${nextTier}.` };
      }
      if (toTier > nextTier && !actor.isSteward && Math.max(0, ...actor.tiers) < 2) {
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
    case "wait": {
      const asked = request.asked.trim();
      if (!asked) return { ok: false, message: "Say what the customer is asked for (e.g. \"the order number and a screenshot\"): it is shown on the case while it waits." };
      return {
        ok: true,
        transition,
        next: { ...base, pauses: [...(complaint.pauses ?? []), { from: now, to: null, asked }] },
        event: { ...event, text: asked },
      };
    }
    case "resume":
      return { ok: true, transition, next: base, event };
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

function stateRefusal(complaint: ComplaintCase, action: ComplaintAction, now: Date, timeZone: string): Inline {
  const at = (moment: Date | null) => (moment ? ` at ${formatMoment(moment, now, timeZone)}` : "");
  const by = (who: string | null): Inline => (who ? [" by ", caseActorMention(complaint, who)] : "");
  const id = `Case #${complaint.id}`;
  switch (complaint.status as ComplaintStatus) {
    case "closed":
      return [`${id} is already closed`, by(complaint.closedBy), `${at(complaint.closedAt)} (the customer confirmed the solution). Reopen it to continue.`];
    case "resolved":
      return action === "resolve" || action === "acknowledge" || action === "escalate"
        ? [`${id} is already resolved`, by(complaint.resolvedBy), `${at(complaint.resolvedAt)}. Reopen it if the problem is back.`]
        : `${id} cannot be ${pastTense(action)} while resolved.`;
    case "acknowledged":
      if (action === "resume") return `${id} is not waiting on the customer (any more): the customer's reply was recorded already, or it never waited.`;
      return action === "acknowledge"
        ? [`${id} is already acknowledged`, by(complaint.acknowledgedBy), `${at(complaint.acknowledgedAt)}.`]
        : notResolvedRefusal(id, action);
    case "reopened":
    case "open":
      if (action === "wait") return `${id} is not acknowledged yet: acknowledge it first, then set it to wait on the customer.`;
      if (action === "resume") return `${id} is not waiting on the customer.`;
      return action === "reopen" && complaint.status === "reopened"
        ? [`${id} is already reopened`, by(complaint.reopenedBy), `${at(complaint.reopenedAt)}.`]
        : notResolvedRefusal(id, action);
    case "waiting_on_customer": {
      const pause = complaint.pauses?.at(-1);
      if (action === "wait") return `${id} is already waiting on the customer${pause ? ` since ${formatMoment(pause.from, now, timeZone)} (for ${pause.asked})` : ""}.`;
      if (action === "acknowledge") return [`${id} is already acknowledged`, by(complaint.acknowledgedBy), `${at(complaint.acknowledgedAt)}; it is waiting on the customer.`];
      return notResolvedRefusal(id, action);
    }
  }
}

function notResolvedRefusal(id: string, action: ComplaintAction): string {
  if (action === "confirm") return `${id} is not resolved yet: resolve it with the solution first, then record the customer's confirmation.`;
  if (action === "reopen") return `${id} is still open: only a resolved or closed case can be reopened.`;
  return `${id} cannot be ${pastTense(action)} now.`;
}

function permissionRefusal(complaint: ComplaintCase, action: ComplaintAction, actor: CaseActor, parties: CaseParties): Inline | null {
  if (actor.isSteward) return action === "escalate" ? null : "Steward only escalates at a deadline.";
  const grants = COMPLAINT_PERMISSIONS[action];
  if (rolesOf(actor, complaint).some((role) => grants[role].includes(complaint.tier))) return null;
  const allowed = CASE_ROLES.filter((role) => grants[role].includes(complaint.tier));
  const highest = Math.max(0, ...actor.tiers);
  const yours = highest === 0 ? "you are not on this case's tiers" : `you are tier ${highest}`;
  const who = describeRoles(allowed, complaint, parties);
  // Where the answer depends on the tier, say which tier the case is at (it may have moved meanwhile).
  const byTier = CASE_ROLES.some((role) => grants[role].length > 0 && grants[role].length < 3);
  return byTier
    ? [`Case #${complaint.id} is at tier ${complaint.tier}: only `, who, ` may ${ACTION_WORDS[action]("it")}; ${yours}.`]
    : ["Only ", who, ` may ${ACTION_WORDS[action](`case #${complaint.id}`)}; ${yours}.`];
}

function rolesOf(actor: CaseActor, complaint: ComplaintCase): CaseRole[] {
  const holds: Record<CaseRole, boolean> = {
    owner: actor.isOwner,
    tier1: actor.tiers.includes(1),
    tier2: actor.tiers.includes(2),
    tier3: actor.tiers.includes(3),
    resolver: complaint.resolvedBy !== null && complaint.resolvedBy === actor.id,
    caseDepartment: actor.inCaseDepartment,
    admin: actor.isAdmin,
  };
  return CASE_ROLES.filter((role) => holds[role]);
}

const ACTION_WORDS: Record<ComplaintAction, (object: string) => string> = {
  acknowledge: (object) => `acknowledge ${object}`,
  escalate: (object) => `escalate ${object}`,
  update: (object) => `add an update to ${object}`,
  wait: (object) => `set ${object} to wait on the customer`,
  resume: (object) => `record the customer's reply on ${object}`,
  resolve: (object) => `resolve ${object}`,
  confirm: (object) => `confirm ${object} closed`,
  reopen: (object) => `reopen ${object}`,
};

/** "tier 1 (the owner @ann, Support frontline), tier 2 (Support head, technical support) or tier 3 (executives)". */
function describeRoles(roles: readonly CaseRole[], complaint: ComplaintCase, parties: CaseParties): Inline {
  const owner: Inline = parties.owner ? ["the owner ", mentionPerson(parties.owner)] : "the customer's owner";
  const phrases = roles.flatMap((role): Inline[] => {
    switch (role) {
      case "owner":
        // The owner is on tier 1: named there when tier 1 may press too.
        return roles.includes("tier1") ? [] : [parties.owner ? ["the owner (", mentionPerson(parties.owner), ")"] : owner];
      case "tier1":
        return [["tier 1 (", owner, parties.frontline ? `, ${parties.frontline}` : "", ")"]];
      case "tier2":
        return [`tier 2 (${parties.leadDepartment ? `${parties.leadDepartment} head, ` : ""}technical support)`];
      case "tier3":
        return ["tier 3 (executives)"];
      case "resolver":
        return [complaint.resolvedBy ? ["the person who resolved it (", caseActorMention(complaint, complaint.resolvedBy), ")"] : "the person who resolved it"];
      case "caseDepartment":
        return parties.departments.length ? [["people of ", joinOr(parties.departments, "and")]] : [];
      case "admin":
        return ["a Steward admin"];
    }
  });
  return joinOr(phrases, "or");
}

function joinOr(items: readonly Inline[], word: "or" | "and"): Inline {
  return items.length <= 1 ? [...items] : [joinInline(items.slice(0, -1), ", "), ` ${word} `, items.at(-1)!];
}

function pastTense(action: ComplaintAction): string {
  const words: Record<ComplaintAction, string> = {
    acknowledge: "acknowledged",
    escalate: "escalated",
    update: "updated",
    wait: "set to wait on the customer",
    resume: "resumed",
    resolve: "resolved",
    confirm: "confirmed closed",
    reopen: "reopened",
  };
  return words[action];
}

function endPause(pauses: readonly CasePause[], now: Date): CasePause[] {
  return pauses.map((pause) => (pause.to === null ? { ...pause, to: now } : pause));
}
