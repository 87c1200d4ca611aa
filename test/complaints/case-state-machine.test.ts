import { describe, expect, it } from "vitest";
import type { CaseActor } from "../../src/domain/complaints/case-actor.js";
import { COMPLAINT_TRANSITIONS } from "../../src/domain/complaints/complaint-transitions.js";
import { decideTransition } from "../../src/domain/complaints/decide-transition.js";
import { tiersOfPerson } from "../../src/domain/complaints/tiers-of-person.js";
import { at, openCase } from "./complaint-domain-fixtures.js";

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
const opened = at("2026-11-24T02:00:00.000Z");

describe("case state machine", () => {
  it("lists exactly the allowed moves", () => {
    expect(COMPLAINT_TRANSITIONS.map((t) => `${t.action}: ${t.from} → ${t.to} (${t.who})`)).toEqual([
      "acknowledge: open → acknowledged (currentTierOrAbove)",
      "acknowledge: reopened → acknowledged (currentTierOrAbove)",
      "escalate: open → open (anyTier)",
      "escalate: acknowledged → open (anyTier)",
      "escalate: reopened → reopened (anyTier)",
      "update: open → open (caseMember)",
      "update: acknowledged → acknowledged (caseMember)",
      "update: reopened → reopened (caseMember)",
      "update: resolved → resolved (caseMember)",
      "resolve: open → resolved (anyTier)",
      "resolve: acknowledged → resolved (anyTier)",
      "resolve: reopened → resolved (anyTier)",
      "confirm: resolved → closed (customerFacing)",
      "reopen: resolved → reopened (caseMember)",
      "reopen: closed → reopened (caseMember)",
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
      message: "Case #7 is at tier 2: only the lead department's head or technical support or a higher tier can acknowledge it (you are tier 1).",
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
    expect(decideTransition(resolved.next, { action: "confirm" }, exec, at("2026-11-24T06:00:00.000Z"), tz)).toEqual({
      ok: false,
      message: "Only the customer's owner, customer service or whoever resolved case #7 can record the customer's confirmation.",
    });
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
    expect(decideTransition(fresh, { action: "resolve", solution: "x" }, outsider, opened, tz)).toEqual({
      ok: false,
      message:
        "Only people on the case's escalation tiers (owner, customer service, department head, technical support, executives) can resolve case #7; you are not on this case's tiers.",
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
  const staffing = { ownerId: 1, leadDepartmentId: 10, leadDepartmentHeadId: 2 };
  it("places owner and frontline at tier 1, lead head and tech support at tier 2, executives at tier 3", () => {
    expect(tiersOfPerson({ id: 1, roles: ["owner"], departmentId: 11 }, staffing)).toEqual([1]);
    expect(tiersOfPerson({ id: 5, roles: ["frontline"], departmentId: 12 }, staffing)).toEqual([1]);
    expect(tiersOfPerson({ id: 2, roles: [], departmentId: 10 }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 6, roles: ["department_head"], departmentId: 10 }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 7, roles: ["department_head"], departmentId: 11 }, staffing)).toEqual([]);
    expect(tiersOfPerson({ id: 8, roles: ["tech_support"], departmentId: null }, staffing)).toEqual([2]);
    expect(tiersOfPerson({ id: 9, roles: ["executive"], departmentId: null }, staffing)).toEqual([3]);
  });
});
