import { describe, expect, it } from "vitest";
import { buildMonthlyReport } from "../../src/domain/complaints/build-monthly-report.js";
import { caseDurations } from "../../src/domain/complaints/case-durations.js";
import type { CaseActor } from "../../src/domain/complaints/case-actor.js";
import type { ComplaintCase } from "../../src/domain/complaints/complaint-case.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { decideEscalation } from "../../src/domain/complaints/decide-escalation.js";
import { decideTransition } from "../../src/domain/complaints/decide-transition.js";
import { describeSlaClock } from "../../src/domain/complaints/describe-sla-clock.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { summarizeTierVisits } from "../../src/domain/complaints/summarize-tier-visits.js";
import { at, openCase, settings, shanghai } from "./complaint-domain-fixtures.js";

const HOUR = 3_600_000;
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
const front: CaseActor = { id: "U_FRONT", isSteward: false, isOwner: false, isAdmin: false, tiers: [1], inCaseDepartment: true };
const tz = "Asia/Shanghai";

function apply(complaint: ComplaintCase, request: Parameters<typeof decideTransition>[1], now: string): ComplaintCase {
  const outcome = decideTransition(complaint, request, front, at(now), tz);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.message));
  return outcome.next;
}

// An urgent case (24×7) opened Tuesday 02:00Z, acknowledged at 02:30, waiting on the customer 03:00–07:00.
const opened = openCase({ openedAt: at("2026-11-24T02:00:00.000Z") });
const acknowledged = apply(opened, { action: "acknowledge" }, "2026-11-24T02:30:00.000Z");
const waiting = apply(acknowledged, { action: "wait", asked: "the controller's log files" }, "2026-11-24T03:00:00.000Z");
const resumed = apply(waiting, { action: "resume" }, "2026-11-24T07:00:00.000Z");
const step = (c: ComplaintCase, now: string, name: string) => computeSlaDeadlines(c, [], at(now), settings, shanghai).find((d) => d.step === name)!;

describe("waiting on the customer", () => {
  it("records what was asked, and refuses a second press without changing anything", () => {
    expect(waiting.status).toBe("waiting_on_customer");
    expect(waiting.pauses).toEqual([{ from: at("2026-11-24T03:00:00.000Z"), to: null, asked: "the controller's log files" }]);
    const twice = decideTransition(waiting, { action: "wait", asked: "again" }, front, at("2026-11-24T03:01:00.000Z"), tz);
    expect(twice).toEqual({ ok: false, message: "Case #7 is already waiting on the customer since 11:00 (for the controller's log files)." });
    const resumeTwice = decideTransition(resumed, { action: "resume" }, front, at("2026-11-24T07:01:00.000Z"), tz);
    expect(resumeTwice.ok).toBe(false);
    expect(decideTransition(acknowledged, { action: "wait", asked: " " }, front, at("2026-11-24T03:00:00.000Z"), tz).ok).toBe(false);
  });

  it("pauses the resolution clock while waiting — no timer runs for it — and not the first response", () => {
    const resolution = step(waiting, "2026-11-24T03:30:00.000Z", "resolution");
    expect([resolution.state, iso(resolution.pausedSince), resolution.leftMs]).toEqual(["paused", "2026-11-24T03:00:00.000Z", 23 * HOUR]);
    expect(describeSlaClock(resolution, at("2026-11-24T03:30:00.000Z"))).toBe("resolution paused while waiting on the customer (23 h left)");
    const firstResponse = step(waiting, "2026-11-24T03:30:00.000Z", "firstResponse");
    expect([firstResponse.state, iso(firstResponse.dueAt)]).toEqual(["running", "2026-11-24T04:00:00.000Z"]);
    // The next check is the first response's deadline; the paused resolution adds none.
    expect(iso(nextComplaintCheck(waiting, at("2026-11-24T03:30:00.000Z"), settings, shanghai))).toBe("2026-11-24T04:00:00.000Z");
    expect(nextComplaintCheck({ ...waiting, firstResponseAt: at("2026-11-24T03:10:00.000Z") }, at("2026-11-24T03:30:00.000Z"), settings, shanghai)).toBeNull();
    // A first response still missing at its deadline escalates, waiting or not.
    const decision = decideEscalation(waiting, at("2026-11-24T04:00:00.000Z"), at("2026-11-24T04:00:10.000Z"), settings, shanghai);
    expect(decision.escalation).toMatchObject({ toTier: 2, reason: "no first response within 2 h" });
    // Escalating ends the pause with the round it belonged to; the next tier acknowledges anew.
    const escalated = decideTransition(waiting, { action: "escalate", reason: "no first response within 2 h" }, { ...front, id: "steward", isSteward: true }, at("2026-11-24T04:00:10.000Z"), tz);
    expect(escalated.ok && [escalated.next.status, escalated.next.pauses]).toEqual(["open", [{ from: at("2026-11-24T03:00:00.000Z"), to: at("2026-11-24T04:00:10.000Z"), asked: "the controller's log files" }]]);
  });

  it("resumes where it stopped: the 24 h resolution is due 4 h later, warned at 75 % of the counted time", () => {
    const resolution = step(resumed, "2026-11-24T07:00:00.000Z", "resolution");
    expect([resolution.state, iso(resolution.warnAt), iso(resolution.dueAt), resolution.leftMs]).toEqual([
      "running",
      // 18 h counted: 1 h before the pause, 17 h after 07:00.
      "2026-11-25T00:00:00.000Z",
      "2026-11-25T06:00:00.000Z",
      23 * HOUR,
    ]);
  });

  it("leaves the pause out of resolution time in the report, and never out of the first response", () => {
    const resolved = apply(resumed, { action: "resolve", solution: "replaced the controller" }, "2026-11-24T10:00:00.000Z");
    expect(resolved.pauses?.every((pause) => pause.to !== null)).toBe(true);
    const durations = caseDurations(resolved, at("2026-11-30T00:00:00.000Z"), settings, shanghai);
    // Opened 02:00, resolved (and first answered) at 10:00: 8 h, of which 4 h waiting on the customer.
    expect(durations).toEqual({ firstResponseMs: 8 * HOUR, resolutionMs: 4 * HOUR });
    const resolution = step(resolved, "2026-11-30T00:00:00.000Z", "resolution");
    expect([resolution.state, resolution.tookMs]).toEqual(["met", 4 * HOUR]);
    const report = buildMonthlyReport({
      month: "2026-11",
      timeZone: tz,
      asOf: at("2026-11-30T00:00:00.000Z"),
      complaints: [
        {
          id: 7,
          customerKey: "ACME",
          class: "urgent",
          category: "technical",
          openedAt: resolved.openedAt,
          firstResponseAt: resolved.firstResponseAt,
          resolvedAt: resolved.resolvedAt,
          ...durations,
          tierVisits: summarizeTierVisits(computeSlaDeadlines(resolved, [], at("2026-11-30T00:00:00.000Z"), settings, shanghai)),
        },
      ],
      repeatWindowDays: 90,
      topCustomers: 5,
    });
    expect([report.medianResolutionMs, report.medianFirstResponseMs]).toEqual([4 * HOUR, 8 * HOUR]);
  });

  it("counts a general case's pause in working time only", () => {
    // Tuesday 10:00 Shanghai, waiting from Tuesday 12:00 to Wednesday 11:00 (8 working hours).
    const general = openCase({ class: "general", category: "billing", openedAt: at("2026-11-24T02:00:00.000Z"), status: "acknowledged", acknowledgedAt: at("2026-11-24T02:10:00.000Z") });
    const paused = { ...general, pauses: [{ from: at("2026-11-24T04:00:00.000Z"), to: at("2026-11-25T03:00:00.000Z"), asked: "the invoice number" }] };
    // 18 working hours: 2 h before the pause, 16 h from Wednesday 11:00 → Thursday 18:00 (10:00Z).
    expect(iso(step(paused, "2026-11-25T03:00:00.000Z", "resolution").dueAt)).toBe("2026-11-26T10:00:00.000Z");
    const durations = caseDurations({ ...paused, resolvedAt: at("2026-11-25T05:00:00.000Z"), firstResponseAt: at("2026-11-24T03:00:00.000Z") }, at("2026-11-30T00:00:00.000Z"), settings, shanghai);
    // First response after 1 working hour; resolution after 2 h + 2 h of working time outside the pause.
    expect(durations).toEqual({ firstResponseMs: 1 * HOUR, resolutionMs: 4 * HOUR });
  });
});
