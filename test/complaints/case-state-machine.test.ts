import { describe, expect, it } from "vitest";
import type { CaseActor } from "../../src/domain/complaints/case-actor.js";
import type { CaseParties } from "../../src/domain/complaints/case-parties-of.js";
import { COMPLAINT_TRANSITIONS } from "../../src/domain/complaints/complaint-transitions.js";
import { decideTransition as decide } from "../../src/domain/complaints/decide-transition.js";
import { renderMrkdwn } from "../../src/slack/render/render-mrkdwn.js";
import { caseStaffingOf } from "../../src/domain/complaints/case-staffing-of.js";
import { tiersOfPerson } from "../../src/domain/complaints/tiers-of-person.js";
import { at, openCase } from "./complaint-domain-fixtures.js";

// Refusals are neutral inline text now (issue 12): Slack's renderer gives them the words they always had.
const decideTransition = (...args: Parameters<typeof decide>) => {
  const outcome = decide(...args);
  return outcome.ok ? outcome : { ok: false as const, message: renderMrkdwn(outcome.message) };
};
const person = (id: string, tiers: CaseActor["tiers"], extra: Partial<CaseActor> = {}): CaseActor => ({
  id,
  tiers,
  isOwner: false,
  isAdmin: false,
  inCaseDepartment: false,
  ...extra,
});
const owner = person("U_OWNER", [1], { isOwner: true });
const head = person("U_HEAD", [2]);
const exec = person("U_EXEC", [3]);
const outsider = person("U_OUT", []);
const tz = "Asia/Shanghai";
const parties: CaseParties = { owner: { name: "Olga", ids: { slack: "U_OWNER" } }, leadDepartment: "Support", frontline: "Support frontline", departments: ["Support", "Engineering"] };
const opened = at("2026-11-24T02:00:00.000Z");

describe("case state machine", () => {
  it("lists exactly the allowed moves", () => {
    expect(COMPLAINT_TRANSITIONS.map((t) => `${t.action}: ${t.from} → ${t.to}`)).toEqual([
      "acknowledge: open → acknowledged",
      "acknowledge: reopened → acknowledged",
      "escalate: open → open",
      "escalate: acknowledged → open",
      "escalate: reopened → reopened",
      // Waiting on the customer (issue 14): the moves into and out of `waiting_on_customer`.
      "escalate: waiting_on_customer → open",
      "update: open → open",
      "update: acknowledged → acknowledged",
      "update: reopened → reopened",
      "update: waiting_on_customer → waiting_on_customer",
      "update: resolved → resolved",
      "wait: acknowledged → waiting_on_customer",
      "resume: waiting_on_customer → acknowledged",
      "resolve: open → resolved",
      "resolve: acknowledged → resolved",
      "resolve: reopened → resolved",
      "resolve: waiting_on_customer → resolved",
      "confirm: resolved → closed",
      "reopen: resolved → reopened",
      "reopen: closed → reopened",
    ]);
  });

  it("acknowledges once and refuses the second press with who and when", () => {
    const first = decideTransition(openCase({ openedAt: opened }), { action: "acknowledge" }, owner, at("2026-11-24T06:02:00.000Z"), tz);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.next).toMatchObject({ status: "acknowledged", version: 1, acknowledgedBy: "U_OWNER" });
    expect(first.next.acknowledgedAt?.toISOString()).toBe("2026-11-24T06:02:00.000Z");
    expect(first.event).toMatchObject({ kind: "transition", fromStatus: "open", toStatus: "acknowledged", actor: "U_OWNER" });

    const again = decideTransition(first.next, { action: "acknowledge" }, head, at("2026-11-24T07:00:00.000Z"), tz);
    expect(again).toEqual({ ok: false, message: "Case #7 is already acknowledged by <@U_OWNER> at 14:02." });
  });

  it("refuses every press on a resolved case except confirm, update and reopen, naming the resolver", () => {
    const resolved = openCase({ openedAt: opened, status: "resolved", resolvedBy: "U_LI", resolvedAt: at("2026-11-23T06:02:00.000Z") });
    const refusal = decideTransition(resolved, { action: "resolve", solution: "again" }, owner, at("2026-11-24T08:00:00.000Z"), tz);
    expect(refusal).toEqual({
      ok: false,
      message: "Case #7 is already resolved by <@U_LI> at 2026-11-23 14:02. Reopen it if the problem is back.",
    });
  });

  it("lets only the current tier or above take the case over", () => {
    const tier2 = openCase({ openedAt: opened, tier: 2, tierSince: at("2026-11-24T04:00:00.000Z") });
    expect(decideTransition(tier2, { action: "acknowledge" }, owner, at("2026-11-24T04:10:00.000Z"), tz)).toEqual({
      ok: false,
      message: "Case #7 is at tier 2: only tier 2 (technical support) or tier 3 (executives) may acknowledge it; you are tier 1.",
    });
    expect(decideTransition(tier2, { action: "acknowledge" }, exec, at("2026-11-24T04:10:00.000Z"), tz).ok).toBe(true);
  });

  it("escalates one tier with a reason; only tier 2+ skips a tier", () => {
    const fresh = openCase({ openedAt: opened });
    const now = at("2026-11-24T03:00:00.000Z");
    expect(decideTransition(fresh, { action: "escalate", reason: " " }, owner, now, tz)).toEqual({
      ok: false,
      message: "Say why you escalate: the reason is recorded on the case.",
    });
    expect(decideTransition(fresh, { action: "escalate", reason: "line down", toTier: 3 }, owner, now, tz)).toEqual({
      ok: false,
      message: "Only tier 2 or above may skip a tier; escalate to tier 2 instead (you are tier 1).",
    });
    const skip = decideTransition(fresh, { action: "escalate", reason: "plant stopped", toTier: 3 }, head, now, tz);
    expect(skip.ok && skip.next).toMatchObject({ tier: 3, status: "open", version: 1 });
    expect(skip.ok && skip.event).toMatchObject({ kind: "escalation", fromTier: 1, toTier: 3, reason: "plant stopped" });
    const top = openCase({ openedAt: opened, tier: 3 });
    expect(decideTransition(top, { action: "escalate", reason: "x" }, exec, now, tz)).toEqual({
      ok: false,
      message: "Case #7 is already at tier 3 (executives): there is no tier above.",
    });
  });

  it("hands an acknowledged case back to open when it is escalated, so the new tier must acknowledge", () => {
    const acknowledged = openCase({ openedAt: opened, status: "acknowledged", acknowledgedBy: "U_OWNER" });
    const outcome = decideTransition(acknowledged, { action: "escalate", reason: "needs engineering" }, owner, at("2026-11-24T03:00:00.000Z"), tz);
    expect(outcome.ok && outcome.next).toMatchObject({ status: "open", tier: 2 });
    expect(outcome.ok && outcome.next.tierSince.toISOString()).toBe("2026-11-24T03:00:00.000Z");
  });

  it("closes only after resolution, and only the customer-facing side confirms", () => {
    const fresh = openCase({ openedAt: opened });
    expect(decideTransition(fresh, { action: "confirm" }, owner, opened, tz)).toEqual({
      ok: false,
      message: "Case #7 is not resolved yet: resolve it with the solution first, then record the customer's confirmation.",
    });
    const resolved = decideTransition(fresh, { action: "resolve", solution: "Replaced the unit" }, head, at("2026-11-24T05:00:00.000Z"), tz);
    expect(resolved.ok && resolved.next).toMatchObject({ status: "resolved", resolvedBy: "U_HEAD", solution: "Replaced the unit" });
    if (!resolved.ok) return;
    expect(resolved.next.firstResponseAt?.toISOString()).toBe("2026-11-24T05:00:00.000Z");
    const frontline = person("U_FAY", [1], { inCaseDepartment: true });
    expect(decideTransition(resolved.next, { action: "confirm" }, frontline, at("2026-11-24T06:00:00.000Z"), tz, parties)).toEqual({
      ok: false,
      message:
        "Only the owner (<@U_OWNER>), the person who resolved it (<@U_HEAD>), tier 2 (Support head, technical support) or tier 3 (executives) may confirm case #7 closed; you are tier 1.",
    });
    expect(decideTransition(resolved.next, { action: "confirm" }, exec, at("2026-11-24T06:00:00.000Z"), tz).ok).toBe(true);
    const closed = decideTransition(resolved.next, { action: "confirm" }, owner, at("2026-11-24T06:00:00.000Z"), tz);
    expect(closed.ok && closed.next).toMatchObject({ status: "closed", closedBy: "U_OWNER" });
  });

  it("reopens a closed case with fresh clocks at the tier that held it", () => {
    const closed = openCase({
      openedAt: opened,
      tier: 2,
      status: "closed",
      resolvedAt: opened,
      resolvedBy: "U_HEAD",
      closedAt: opened,
      closedBy: "U_OWNER",
    });
    const outcome = decideTransition(closed, { action: "reopen", reason: "failed again" }, owner, at("2026-11-25T02:00:00.000Z"), tz);
    expect(outcome.ok && outcome.next).toMatchObject({ status: "reopened", tier: 2, resolvedAt: null, closedAt: null, reopenedBy: "U_OWNER" });
    expect(outcome.ok && outcome.next.tierSince.toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect(outcome.ok && outcome.event).toMatchObject({ fromStatus: "closed", toStatus: "reopened", reason: "failed again" });
  });

  it("keeps people outside the case away from every button, and Steward to escalations", () => {
    const fresh = openCase({ openedAt: opened });
    expect(decideTransition(fresh, { action: "resolve", solution: "x" }, outsider, opened, tz, parties)).toEqual({
      ok: false,
      message:
        "Case #7 is at tier 1: only tier 1 (the owner <@U_OWNER>, Support frontline), tier 2 (Support head, technical support) or tier 3 (executives) may resolve it; you are not on this case's tiers.",
    });
    const steward = person("steward", [], { isSteward: true });
    expect(decideTransition(fresh, { action: "acknowledge" }, steward, opened, tz)).toEqual({
      ok: false,
      message: "Steward only escalates at a deadline.",
    });
    expect(decideTransition(fresh, { action: "escalate", reason: "no first response within 2 h" }, steward, opened, tz).ok).toBe(true);
  });
});

describe("tiers of a person", () => {
  const staffing = { ownerId: 1, leadDepartmentId: 10, leadDepartmentHeadId: 2, frontlineDepartmentIds: [10] };
  it("places the owner and the lead department's frontline at tier 1, lead head and tech support at tier 2, executives at tier 3", () => {
    expect(tiersOfPerson({ id: 1, roles: ["owner"], departmentId: 11 }, staffing)).toEqual([1]);
    expect(tiersOfPerson({ id: 4, roles: ["frontline"], departmentId: 10 }, staffing)).toEqual([1]);
    expect(tiersOfPerson({ id: 5, roles: ["frontline"], departmentId: 12 }, staffing)).toEqual([]);
    expect(tiersOfPerson({ id: 3, roles: ["frontline"], departmentId: null }, staffing)).toEqual([]);
    expect(tiersOfPerson({ id: 2, roles: [], departmentId: 10 }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 6, roles: ["department_head"], departmentId: 10 }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 7, roles: ["department_head"], departmentId: 11 }, staffing)).toEqual([]);
    expect(tiersOfPerson({ id: 8, roles: ["tech_support"], departmentId: null }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 9, roles: ["executive"], departmentId: null }, staffing)).toEqual([3]);
  });
});

describe("staffing of a case under the frontline setting", () => {
  const complaint = { customer: { ownerId: 1 }, lead: { id: 10, headId: 2 }, cooperating: [{ id: 11 }, { id: 12 }] };
  it("puts the lead department's frontline on tier 1 by default, the case's departments' or one group's when configured", () => {
    expect(caseStaffingOf(complaint, "lead-department", null)).toEqual({ ownerId: 1, leadDepartmentId: 10, leadDepartmentHeadId: 2, frontlineDepartmentIds: [10] });
    expect(caseStaffingOf(complaint, "case-departments", null).frontlineDepartmentIds).toEqual([10, 11, 12]);
    expect(caseStaffingOf(complaint, { group: "Customer Care" }, 30).frontlineDepartmentIds).toEqual([30]);
  });

  it("leaves only the owner on tier 1 when there is no such department, rather than every frontline person", () => {
    expect(caseStaffingOf({ ...complaint, lead: null }, "lead-department", null)).toEqual({ ownerId: 1, leadDepartmentId: null, leadDepartmentHeadId: null, frontlineDepartmentIds: [] });
    expect(caseStaffingOf(complaint, { group: "Nobody" }, null).frontlineDepartmentIds).toEqual([]);
    const staffing = caseStaffingOf(complaint, { group: "Nobody" }, null);
    expect(tiersOfPerson({ id: 5, roles: ["frontline"], departmentId: 10 }, staffing)).toEqual([]);
    expect(tiersOfPerson({ id: 1, roles: ["owner"], departmentId: null }, staffing)).toEqual([1]);
  });
});
