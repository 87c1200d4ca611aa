import { describe, expect, it } from "vitest";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { decideEscalation } from "../../src/domain/complaints/decide-escalation.js";
import { describeSlaClock } from "../../src/domain/complaints/describe-sla-clock.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { at, openCase, settings, shanghai } from "./complaint-domain-fixtures.js";

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("SLA deadlines", () => {
  it("counts an urgent case's tier-1 clocks from its opening, warning at 75 %", () => {
    const opened = at("2026-11-24T02:00:00.000Z");
    const deadlines = computeSlaDeadlines(openCase({ openedAt: opened }), [], opened, settings, shanghai);
    expect(deadlines.map((d) => [d.step, iso(d.warnAt), iso(d.dueAt), d.within, d.state])).toEqual([
      ["firstResponse", "2026-11-24T03:30:00.000Z", "2026-11-24T04:00:00.000Z", "2 h", "running"],
      ["acknowledge", "2026-11-24T03:30:00.000Z", "2026-11-24T04:00:00.000Z", "2 h", "running"],
      ["resolution", "2026-11-24T20:00:00.000Z", "2026-11-25T02:00:00.000Z", "24 h", "running"],
    ]);
  });

  it("gives a suggestion 3 working days for its first response, over the weekend", () => {
    // Friday 15:00 in Shanghai → Wednesday 15:00.
    const deadlines = computeSlaDeadlines(
      openCase({ class: "suggestion", category: "product", openedAt: at("2026-11-27T07:00:00.000Z") }),
      [],
      at("2026-11-27T07:00:00.000Z"),
      settings,
      shanghai,
    );
    const firstResponse = deadlines.find((d) => d.step === "firstResponse")!;
    expect(iso(firstResponse.dueAt)).toBe("2026-12-02T07:00:00.000Z");
    // Issue 14: suggestions run on business hours, so the warning comes at 75 % of the 27 working hours
    // (20 h 15 min: Friday 3 h, Monday 9 h, Tuesday 8 h 15 min → Tuesday 17:15), no longer at 75 % of the
    // elapsed five days (Tuesday 09:00).
    expect(iso(firstResponse.warnAt)).toBe("2026-12-01T09:15:00.000Z");
    expect(firstResponse.within).toBe("3 working days");
  });

  it("starts a working-day clock filed on a Saturday at the next working morning", () => {
    // Issue 14: working days are counted as business time (addBusinessTime, one arithmetic for every
    // clock), so three working days from Saturday end at Wednesday's end of work (18:00) — the same moment
    // of working time as Thursday 09:00, which the working-day calendar used to name.
    const threeDays = computeSlaDeadlines(
      openCase({ class: "suggestion", category: "product", openedAt: at("2026-11-28T02:00:00.000Z") }),
      [],
      at("2026-11-28T02:00:00.000Z"),
      settings,
      shanghai,
    ).find((d) => d.step === "firstResponse")!;
    expect(iso(threeDays.dueAt)).toBe("2026-12-02T10:00:00.000Z");
  });

  it("keeps the local time of day across the autumn DST change in Berlin", () => {
    const berlin = teamWorkingDayCalendar(calendarSettingsSchema.parse({ timeZone: "Europe/Berlin" }));
    // Friday 2026-10-23 15:00 CEST (13:00Z) + 3 working days = Wednesday 2026-10-28 15:00 CET (14:00Z).
    // Issue 14: read through the suggestion's first-response deadline (working days are business time now).
    const suggestion = openCase({ class: "suggestion", category: "product", openedAt: at("2026-10-23T13:00:00.000Z") });
    const due = computeSlaDeadlines(suggestion, [], suggestion.openedAt, settings, berlin).find((d) => d.step === "firstResponse")!;
    expect(iso(due.dueAt)).toBe("2026-10-28T14:00:00.000Z");
  });

  it("applies the technical diagnosis deadline at tier 2 only to technical categories", () => {
    const tier2 = { tier: 2 as const, tierSince: at("2026-11-24T04:00:00.000Z"), openedAt: at("2026-11-24T02:00:00.000Z") };
    const technical = computeSlaDeadlines(openCase({ ...tier2 }), [], tier2.tierSince, settings, shanghai).map((d) => d.step);
    const billing = computeSlaDeadlines(openCase({ ...tier2, category: "billing" }), [], tier2.tierSince, settings, shanghai).map((d) => d.step);
    expect(technical).toEqual(["acknowledge", "diagnosis", "resolution"]);
    expect(billing).toEqual(["acknowledge", "resolution"]);
  });

  it("describes live clocks for the card", () => {
    const fresh = openCase({ openedAt: at("2026-11-24T02:00:00.000Z") });
    const clock = (c: typeof fresh, now: string) => describeSlaClock(computeSlaDeadlines(c, [], at(now), settings, shanghai)[0]!, at(now));
    expect(clock(fresh, "2026-11-24T02:48:00.000Z")).toBe("first response due in 1 h 12 min");
    expect(clock(fresh, "2026-11-24T07:00:00.000Z")).toBe("first response overdue by 3 h");
    expect(clock({ ...fresh, firstResponseAt: at("2026-11-24T03:00:00.000Z") }, "2026-11-24T07:00:00.000Z")).toBe("first response met");
    expect(clock({ ...fresh, firstResponseAt: at("2026-11-25T04:00:00.000Z") }, "2026-11-25T07:00:00.000Z")).toBe("first response missed (took 1 d 2 h, due within 2 h)");
  });
});

describe("escalation decision", () => {
  const opened = at("2026-11-24T02:00:00.000Z");
  const fresh = openCase({ openedAt: opened });

  it("waits until the warning, warns the holder at 75 %, escalates at the deadline", () => {
    expect(iso(nextComplaintCheck(fresh, opened, settings, shanghai))).toBe("2026-11-24T03:30:00.000Z");

    const warn = decideEscalation(fresh, at("2026-11-24T03:30:00.000Z"), at("2026-11-24T03:30:00.000Z"), settings, shanghai);
    expect(warn.escalation).toBeNull();
    // Acknowledgement and first response are both due at 04:00: one warning, about the first response.
    expect(warn.warnings.map((d) => d.step)).toEqual(["firstResponse"]);
    expect(iso(warn.nextCheckAt)).toBe("2026-11-24T04:00:00.000Z");

    const breach = decideEscalation(fresh, at("2026-11-24T04:00:00.000Z"), at("2026-11-24T04:00:00.000Z"), settings, shanghai);
    expect(breach.escalation).toMatchObject({ toTier: 2, reason: "no first response within 2 h" });
    expect(breach.warnings).toEqual([]);
  });

  it("escalates a tier-2 case nobody took to tier 3", () => {
    const tier2 = openCase({ openedAt: opened, tier: 2, tierSince: at("2026-11-24T04:00:00.000Z"), version: 1 });
    expect(iso(nextComplaintCheck(tier2, at("2026-11-24T04:00:00.000Z"), settings, shanghai))).toBe("2026-11-24T05:30:00.000Z");
    const decision = decideEscalation(tier2, at("2026-11-24T06:00:00.000Z"), at("2026-11-24T06:00:00.000Z"), settings, shanghai);
    expect(decision.escalation).toMatchObject({ toTier: 3, reason: "not acknowledged within 2 h at tier 2" });
  });

  it("repeats an unacknowledged urgent tier-3 page every 30 minutes, once per interval even after downtime, up to the cap", () => {
    const tier3 = openCase({ openedAt: opened, tier: 3, tierSince: at("2026-11-24T06:00:00.000Z"), version: 2 });
    expect(iso(nextComplaintCheck(tier3, at("2026-11-24T06:00:00.000Z"), settings, shanghai))).toBe("2026-11-24T06:30:00.000Z");

    const second = decideEscalation(tier3, at("2026-11-24T06:30:00.000Z"), at("2026-11-24T06:30:20.000Z"), settings, shanghai);
    expect(second.page).toEqual({ number: 2, final: false });
    expect(iso(second.nextCheckAt)).toBe("2026-11-24T07:00:00.000Z");

    // Down from 06:31 to 07:40, missing the 07:00 and 07:30 slots: one page now, numbered by its slot.
    const late = decideEscalation(tier3, at("2026-11-24T07:00:00.000Z"), at("2026-11-24T07:40:00.000Z"), settings, shanghai);
    expect(late.page).toEqual({ number: 4, final: false });
    expect(iso(late.nextCheckAt)).toBe("2026-11-24T08:00:00.000Z");

    // Page 6 (08:30) is the last: nothing is scheduled for paging after it, only the tier-3 deadlines.
    const last = decideEscalation(tier3, at("2026-11-24T08:30:00.000Z"), at("2026-11-24T08:30:00.000Z"), settings, shanghai);
    expect(last.page).toEqual({ number: 6, final: true });
    expect(iso(last.nextCheckAt)).toBe("2026-11-25T00:00:00.000Z");
    expect(decideEscalation(tier3, at("2026-11-24T09:00:00.000Z"), at("2026-11-24T09:00:00.000Z"), settings, shanghai).page).toBeNull();
  });

  it("pages a general tier-3 case once (at the escalation) unless the team marks general as paging", () => {
    const general = openCase({ openedAt: opened, class: "general", category: "billing", tier: 3, tierSince: at("2026-11-24T06:00:00.000Z") });
    expect(decideEscalation(general, at("2026-11-24T06:30:00.000Z"), at("2026-11-24T06:30:00.000Z"), settings, shanghai).page).toBeNull();
    // Only the tier-3 resolution clock is left to wake the scheduler. Issue 14: general complaints run on
    // business hours, so it is one working day (9 h from Tuesday 14:00 Shanghai: Wednesday 14:00) and warns
    // at 6 h 45 min of working time (Wednesday 11:45), no longer at 18 elapsed hours.
    expect(iso(nextComplaintCheck(general, at("2026-11-24T06:00:00.000Z"), settings, shanghai))).toBe("2026-11-25T03:45:00.000Z");
    const paging = { ...settings, pagingClasses: ["urgent" as const, "general" as const], pageCap: 3 };
    expect(decideEscalation(general, at("2026-11-24T06:30:00.000Z"), at("2026-11-24T06:30:00.000Z"), paging, shanghai).page).toEqual({ number: 2, final: false });
    expect(decideEscalation(general, at("2026-11-24T07:00:00.000Z"), at("2026-11-24T07:00:00.000Z"), paging, shanghai).page).toEqual({ number: 3, final: true });
  });

  it("warns at exactly 75 % of a deadline and tells tier 3 once when its resolution clock runs out", () => {
    const tier3 = openCase({ openedAt: opened, tier: 3, tierSince: at("2026-11-24T06:00:00.000Z"), status: "acknowledged", acknowledgedAt: at("2026-11-24T06:10:00.000Z") });
    expect(iso(nextComplaintCheck(tier3, at("2026-11-24T06:10:00.000Z"), settings, shanghai))).toBe("2026-11-25T00:00:00.000Z");
    // The tick that notices the warning runs 20 s after it: the warning is still due, its text from the exact deadline.
    const warned = decideEscalation(tier3, at("2026-11-25T00:00:00.000Z"), at("2026-11-25T00:00:20.000Z"), settings, shanghai);
    expect(warned.warnings.map((d) => describeSlaClock(d, at("2026-11-25T00:00:20.000Z")))).toEqual(["resolution due in 6 h"]);
    expect(decideEscalation(tier3, at("2026-11-25T00:00:00.001Z"), at("2026-11-25T00:00:50.000Z"), settings, shanghai).warnings).toEqual([]);
    const missed = decideEscalation(tier3, at("2026-11-25T06:00:00.000Z"), at("2026-11-25T06:00:30.000Z"), settings, shanghai);
    expect(missed.escalation).toBeNull();
    expect(missed.breaches.map((b) => b.reason)).toEqual(["not resolved within 24 h at tier 3"]);
    expect(missed.nextCheckAt).toBeNull();
    expect(decideEscalation(tier3, null, at("2026-11-25T07:00:00.000Z"), settings, shanghai).breaches).toHaveLength(1);
    expect(decideEscalation(tier3, at("2026-11-25T06:00:00.001Z"), at("2026-11-25T07:00:00.000Z"), settings, shanghai).breaches).toEqual([]);
  });

  it("stops paging once tier 3 acknowledged, and stops every timer once resolved", () => {
    const acknowledged = openCase({ openedAt: opened, tier: 3, tierSince: at("2026-11-24T06:00:00.000Z"), status: "acknowledged" });
    // No more pages; only the tier-3 resolution clock runs (warning at 18 h of 24 h).
    expect(iso(nextComplaintCheck(acknowledged, at("2026-11-24T06:10:00.000Z"), settings, shanghai))).toBe("2026-11-25T00:00:00.000Z");
    const resolved = openCase({ openedAt: opened, status: "resolved", resolvedAt: at("2026-11-24T03:00:00.000Z") });
    expect(decideEscalation(resolved, at("2026-11-24T04:00:00.000Z"), at("2026-11-24T05:00:00.000Z"), settings, shanghai)).toEqual({
      escalation: null,
      warnings: [],
      breaches: [],
      page: null,
      nextCheckAt: null,
    });
  });

  it("does not escalate an imported case marked acknowledged for want of an acknowledgement moment", () => {
    const imported = openCase({ openedAt: opened, status: "acknowledged" });
    const decision = decideEscalation(imported, null, at("2026-11-24T04:30:00.000Z"), settings, shanghai);
    expect(decision.escalation).toMatchObject({ reason: "no first response within 2 h" });
    const answered = { ...imported, firstResponseAt: at("2026-11-24T03:00:00.000Z") };
    expect(decideEscalation(answered, null, at("2026-11-24T04:30:00.000Z"), settings, shanghai).escalation).toBeNull();
  });

  it("escalates an acknowledged general case that is not resolved within 2 working days at tier 1", () => {
    const general = openCase({
      openedAt: opened,
      class: "general",
      category: "billing",
      status: "acknowledged",
      acknowledgedAt: at("2026-11-24T03:00:00.000Z"),
      firstResponseAt: at("2026-11-24T03:00:00.000Z"),
    });
    // Issue 14: general complaints run on business hours — the playbook's 48 h are two working days (18 h
    // of working time from Tuesday 10:00 Shanghai: Thursday 10:00), warned at 13 h 30 min (Wednesday 14:30)
    // instead of 36 elapsed hours.
    expect(iso(nextComplaintCheck(general, at("2026-11-24T03:00:00.000Z"), settings, shanghai))).toBe("2026-11-25T06:30:00.000Z");
    expect(decideEscalation(general, at("2026-11-25T06:30:00.000Z"), at("2026-11-26T01:59:59.000Z"), settings, shanghai).escalation).toBeNull();
    const decision = decideEscalation(general, at("2026-11-26T02:00:00.000Z"), at("2026-11-26T02:00:30.000Z"), settings, shanghai);
    expect(decision.escalation).toMatchObject({ toTier: 2, reason: "not resolved within 2 working days at tier 1" });
  });
});
