import { describe, expect, it } from "vitest";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { reportMonthDue } from "../../src/domain/complaints/report-month-due.js";
import type { ReportComplaint } from "../../src/domain/complaints/build-monthly-report.js";
import { buildMonthlyReport } from "../../src/domain/complaints/build-monthly-report.js";
import type { ComplaintEventDraft } from "../../src/domain/complaints/complaint-event-draft.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { summarizeTierVisits } from "../../src/domain/complaints/summarize-tier-visits.js";
import { at, openCase, settings, shanghai } from "./complaint-domain-fixtures.js";

const HOUR = 3_600_000;
const plus = (from: Date, hours: number) => new Date(from.getTime() + hours * HOUR);

function complaint(id: number, customerKey: string, cls: ReportComplaint["class"], category: string, opened: string, extra: Partial<ReportComplaint> = {}): ReportComplaint {
  return { id, customerKey, class: cls, category, openedAt: at(opened), firstResponseAt: null, resolvedAt: null, tierVisits: [{ tier: 1, since: at(opened), verdict: "met" }], ...extra };
}

describe("monthly report", () => {
  const o1 = at("2026-11-02T02:00:00.000Z");
  const o2 = at("2026-11-10T02:00:00.000Z");
  const o5 = at("2026-11-20T02:00:00.000Z");
  const complaints: ReportComplaint[] = [
    complaint(1, "ACME", "urgent", "technical", o1.toISOString(), { firstResponseAt: plus(o1, 1), resolvedAt: plus(o1, 5) }),
    complaint(2, "ACME", "general", "technical", o2.toISOString(), {
      firstResponseAt: plus(o2, 30),
      resolvedAt: plus(o2, 60),
      tierVisits: [
        { tier: 1, since: o2, verdict: "missed" },
        { tier: 2, since: plus(o2, 24), verdict: "met" },
      ],
    }),
    complaint(3, "BETA", "suggestion", "product", "2026-11-15T02:00:00.000Z", {
      tierVisits: [{ tier: 1, since: at("2026-11-15T02:00:00.000Z"), verdict: "missed" }],
    }),
    // 23:59 on Oct 31 in Shanghai: last month, but it makes #5 a repeat.
    complaint(4, "BETA", "general", "billing", "2026-10-31T15:59:00.000Z"),
    complaint(5, "BETA", "general", "billing", o5.toISOString(), {
      firstResponseAt: plus(o5, 2),
      tierVisits: [{ tier: 1, since: o5, verdict: "running" }],
    }),
    // 00:00 on Dec 1 in Shanghai: next month.
    complaint(6, "ACME", "general", "product", "2026-11-30T16:00:00.000Z"),
  ];
  const report = buildMonthlyReport({
    month: "2026-11",
    timeZone: "Asia/Shanghai",
    asOf: at("2026-12-01T02:00:00.000Z"),
    complaints,
    repeatWindowDays: 90,
    topCustomers: 5,
  });

  it("counts the month's complaints in the team's zone, by category and class", () => {
    expect(report.from.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(report.to.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(report.total).toBe(4);
    expect(report.byClass).toEqual({ urgent: 1, general: 2, suggestion: 1 });
    expect(report.byCategory).toEqual([
      { category: "technical", total: 2, byClass: { urgent: 1, general: 1, suggestion: 0 } },
      { category: "billing", total: 1, byClass: { urgent: 0, general: 1, suggestion: 0 } },
      { category: "product", total: 1, byClass: { urgent: 0, general: 0, suggestion: 1 } },
    ]);
  });

  it("computes resolution and repeat rates (same customer and category within 90 days)", () => {
    expect([report.resolved, report.resolutionRate]).toEqual([2, 0.5]);
    expect([report.repeats, report.repeatRate]).toEqual([2, 0.5]);
  });

  it("gives medians to first response and to resolution, and the top customers", () => {
    // First responses after 1 h (#1), 30 h (#2), 2 h (#5); #3 still waits, 16 days (384 h) at the report's
    // moment, and counts with that: median of 1, 2, 30, 384 h = (2 + 30) / 2 = 16 h.
    expect(report.medianFirstResponseMs).toBe(16 * HOUR);
    expect(report.longestFirstResponse).toEqual({ id: 3, ms: 384 * HOUR, waiting: true });
    expect(report.medianResolutionMs).toBe(32.5 * HOUR);
    expect(report.topCustomers).toEqual([
      { customerKey: "ACME", count: 2 },
      { customerKey: "BETA", count: 2 },
    ]);
  });

  it("reports SLA compliance per class and tier", () => {
    const rows = Object.fromEntries(report.slaCompliance.map((row) => [`${row.class}/${row.tier}`, [row.cases, row.met, row.rate, row.running]]));
    // #5's clocks still run: not judged yet, shown apart.
    expect(rows).toEqual({
      "urgent/1": [1, 1, 1, 0],
      "urgent/2": [0, 0, null, 0],
      "urgent/3": [0, 0, null, 0],
      "general/1": [1, 0, 0, 1],
      "general/2": [1, 1, 1, 0],
      "general/3": [0, 0, null, 0],
      "suggestion/1": [1, 0, 0, 0],
      "suggestion/2": [0, 0, null, 0],
      "suggestion/3": [0, 0, null, 0],
    });
  });
});

describe("tier visits", () => {
  const opened = at("2026-11-24T02:00:00.000Z");
  const event = (kind: ComplaintEventDraft["kind"], hours: number, actor: string, fromTier: 1 | 2 | 3, toTier: 1 | 2 | 3, toStatus: ComplaintEventDraft["toStatus"] = null): ComplaintEventDraft => ({
    at: plus(opened, hours), actor, kind, fromStatus: "open", toStatus, fromTier, toTier, reason: null, text: null,
  });
  const visitsOf = (c: ReturnType<typeof openCase>, events: ComplaintEventDraft[], hours: number) =>
    summarizeTierVisits(computeSlaDeadlines(c, events, plus(opened, hours), settings, shanghai)).map((v) => [v.tier, v.since.toISOString(), v.verdict]);

  it("marks a tier that missed a deadline as missed, and one handed on before its deadlines as kept", () => {
    const resolved = openCase({
      openedAt: opened, tier: 3, tierSince: plus(opened, 3), status: "resolved",
      acknowledgedAt: plus(opened, 3.2), firstResponseAt: plus(opened, 3.2), resolvedAt: plus(opened, 5),
    });
    const events = [
      event("escalation", 2, "steward", 1, 2),
      event("escalation", 3, "U_HEAD", 2, 3),
      event("transition", 3.2, "U_EXEC", 3, 3, "acknowledged"),
      event("transition", 5, "U_EXEC", 3, 3, "resolved"),
    ];
    // Tier 1 missed its 2 h first response (it came after 3.2 h); tier 2 handed on after 1 h of its 2 h.
    expect(visitsOf(resolved, events, 6)).toEqual([
      [1, "2026-11-24T02:00:00.000Z", "missed"],
      [2, "2026-11-24T04:00:00.000Z", "met"],
      [3, "2026-11-24T05:00:00.000Z", "met"],
    ]);
  });

  it("keeps a resolution clock at tier 3: running within 24 h, missed after", () => {
    const acknowledged = openCase({ openedAt: opened, tier: 3, tierSince: plus(opened, 4), status: "acknowledged", acknowledgedAt: plus(opened, 5) });
    const events = [event("escalation", 2, "steward", 1, 2), event("escalation", 4, "steward", 2, 3)];
    expect(visitsOf(acknowledged, events, 6).map((v) => v[2])).toEqual(["missed", "missed", "running"]);
    expect(visitsOf(acknowledged, events, 28).map((v) => v[2])).toEqual(["missed", "missed", "missed"]);
    // Resolved late at 30 h: still missed.
    const late = { ...acknowledged, status: "resolved" as const, resolvedAt: plus(opened, 30) };
    expect(visitsOf(late, events, 40).map((v) => v[2])).toEqual(["missed", "missed", "missed"]);
  });

  it("judges imported history without events from its timestamps", () => {
    const onTime = openCase({ openedAt: opened, class: "general", category: "billing", status: "closed", firstResponseAt: plus(opened, 3), resolvedAt: plus(opened, 40) });
    const late = { ...onTime, firstResponseAt: plus(opened, 30) };
    expect(visitsOf(onTime, [], 100)).toEqual([[1, opened.toISOString(), "met"]]);
    expect(visitsOf(late, [], 100)).toEqual([[1, opened.toISOString(), "missed"]]);
  });
});

describe("when the monthly report is due", () => {
  const calendar = calendarSettingsSchema.parse({ holidays: ["2027-02-01"] });
  it("is due on the first working day of the month from 09:00 in the team's zone, for last month", () => {
    // 2026-11-01 is a Sunday: the first working day is Monday 2026-11-02.
    expect(reportMonthDue(at("2026-11-02T00:59:00.000Z"), calendar)).toBeNull();
    expect(reportMonthDue(at("2026-11-02T01:00:00.000Z"), calendar)).toBe("2026-10");
    expect(reportMonthDue(at("2026-11-03T01:00:00.000Z"), calendar)).toBeNull();
    expect(reportMonthDue(at("2026-12-01T01:00:00.000Z"), calendar)).toBe("2026-11");
    expect(reportMonthDue(at("2027-01-01T01:00:00.000Z"), calendar)).toBe("2026-12");
    // A holiday on the 1st moves it to the next working day.
    expect(reportMonthDue(at("2027-02-01T01:00:00.000Z"), calendar)).toBeNull();
    expect(reportMonthDue(at("2027-02-02T01:00:00.000Z"), calendar)).toBe("2027-01");
  });
});
