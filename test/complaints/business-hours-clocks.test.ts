import { describe, expect, it } from "vitest";
import { addBusinessTime } from "../../src/domain/calendar/add-business-time.js";
import { businessTimeBetween } from "../../src/domain/calendar/business-time-between.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { describeSlaClock } from "../../src/domain/complaints/describe-sla-clock.js";
import { slaClockLines } from "../../src/domain/complaints/sla-clock-lines.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { at, openCase, settings } from "./complaint-domain-fixtures.js";

const HOUR = 3_600_000;
const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
// Working hours 09:00–18:00 (the calendar's default), Monday to Friday, Christmas off.
const berlinSettings = calendarSettingsSchema.parse({ timeZone: "Europe/Berlin", holidays: ["2026-12-25", "2026-12-26"] });
const berlin = teamWorkingDayCalendar(berlinSettings);
const due = (deadlines: ReturnType<typeof computeSlaDeadlines>, step: string) => deadlines.find((d) => d.step === step)!;

describe("business time (addBusinessTime, businessTimeBetween)", () => {
  it("counts only working hours: Friday 17:00 + 9 h is Monday 17:00, and back", () => {
    expect(iso(addBusinessTime(at("2026-12-04T16:00:00.000Z"), 9 * HOUR, berlinSettings))).toBe("2026-12-07T16:00:00.000Z");
    expect(businessTimeBetween(at("2026-12-04T16:00:00.000Z"), at("2026-12-07T16:00:00.000Z"), berlinSettings)).toBe(9 * HOUR);
    // A start outside working hours counts from the next working moment; a full day ends at 18:00, not at 09:00 next day.
    expect(iso(addBusinessTime(at("2026-12-05T10:00:00.000Z"), 0, berlinSettings))).toBe("2026-12-07T08:00:00.000Z");
    expect(iso(addBusinessTime(at("2026-12-07T08:00:00.000Z"), 9 * HOUR, berlinSettings))).toBe("2026-12-07T17:00:00.000Z");
    expect(businessTimeBetween(at("2026-12-07T17:00:00.000Z"), at("2026-12-08T08:00:00.000Z"), berlinSettings)).toBe(0);
    expect(businessTimeBetween(at("2026-12-07T16:00:00.000Z"), at("2026-12-04T16:00:00.000Z"), berlinSettings)).toBe(-9 * HOUR);
  });

  it("crosses a weekend and a holiday", () => {
    // Thursday 2026-12-24 16:00 CET; Friday the 25th is a holiday, then the weekend.
    expect(iso(addBusinessTime(at("2026-12-24T15:00:00.000Z"), 18 * HOUR, berlinSettings))).toBe("2026-12-29T15:00:00.000Z");
    expect(businessTimeBetween(at("2026-12-24T15:00:00.000Z"), at("2026-12-29T15:00:00.000Z"), berlinSettings)).toBe(18 * HOUR);
  });

  it("keeps the working hours of the DST weekends in Europe/Berlin", () => {
    // Spring: Friday 2026-03-27 17:00 CET (16:00Z) + 9 h = Monday 2026-03-30 17:00 CEST (15:00Z).
    expect(iso(addBusinessTime(at("2026-03-27T16:00:00.000Z"), 9 * HOUR, berlinSettings))).toBe("2026-03-30T15:00:00.000Z");
    // Autumn: Friday 2026-10-23 17:00 CEST (15:00Z) + 9 h = Monday 2026-10-26 17:00 CET (16:00Z).
    expect(iso(addBusinessTime(at("2026-10-23T15:00:00.000Z"), 9 * HOUR, berlinSettings))).toBe("2026-10-26T16:00:00.000Z");
  });

  it("counts the DST Sundays themselves exactly, when they are working days", () => {
    const everyDay = { ...berlinSettings, workingDays: [1, 2, 3, 4, 5, 6, 7] };
    // The 23-hour day 2026-03-29 and the 25-hour day 2026-10-25 each hold 9 working hours (09:00–18:00).
    expect(businessTimeBetween(at("2026-03-28T23:00:00.000Z"), at("2026-03-29T22:00:00.000Z"), everyDay)).toBe(9 * HOUR);
    expect(businessTimeBetween(at("2026-10-24T22:00:00.000Z"), at("2026-10-25T23:00:00.000Z"), everyDay)).toBe(9 * HOUR);
    expect(iso(addBusinessTime(at("2026-03-28T17:00:00.000Z"), 9 * HOUR, everyDay))).toBe("2026-03-29T16:00:00.000Z");
    // A night shift 01:00–05:00 spanning the switch: 3 h in spring (02:00–03:00 does not exist), 5 h in autumn.
    const night = { ...everyDay, workdayStart: "01:00", workdayEnd: "05:00" };
    expect(businessTimeBetween(at("2026-03-28T22:00:00.000Z"), at("2026-03-29T22:00:00.000Z"), night)).toBe(3 * HOUR);
    expect(iso(addBusinessTime(at("2026-03-29T00:00:00.000Z"), 3 * HOUR, night))).toBe("2026-03-29T03:00:00.000Z");
    expect(businessTimeBetween(at("2026-10-24T21:00:00.000Z"), at("2026-10-25T22:00:00.000Z"), night)).toBe(5 * HOUR);
    expect(iso(addBusinessTime(at("2026-10-24T23:00:00.000Z"), 5 * HOUR, night))).toBe("2026-10-25T04:00:00.000Z");
  });

  it("is the inverse of itself from any start", () => {
    for (const start of ["2026-12-04T16:00:00.000Z", "2026-12-05T10:00:00.000Z", "2026-12-24T07:59:00.000Z", "2026-03-27T08:30:00.000Z"]) {
      for (const hours of [0.5, 2, 9, 18, 27, 40]) {
        const end = addBusinessTime(at(start), hours * HOUR, berlinSettings);
        expect(businessTimeBetween(at(start), end, berlinSettings)).toBe(hours * HOUR);
      }
    }
  });
});

describe("SLA deadlines on the class's clock", () => {
  it("shows a general complaint filed Friday 17:00 as due on Monday", () => {
    const friday = at("2026-12-04T16:00:00.000Z"); // 17:00 in Berlin
    const deadlines = computeSlaDeadlines(openCase({ class: "general", category: "billing", openedAt: friday }), [], friday, settings, berlin);
    expect(deadlines.map((d) => [d.step, d.clock, iso(d.warnAt), iso(d.dueAt), d.within])).toEqual([
      // 75 % of 9 working hours = 6 h 45 min: Friday 1 h, Monday 09:00 + 5 h 45 min.
      ["firstResponse", "business-hours", "2026-12-07T13:45:00.000Z", "2026-12-07T16:00:00.000Z", "1 working day"],
      ["acknowledge", "business-hours", "2026-12-07T13:45:00.000Z", "2026-12-07T16:00:00.000Z", "1 working day"],
      // 75 % of 18 working hours = 13 h 30 min: Friday 1 h, Monday 9 h, Tuesday 09:00 + 3 h 30 min (12:30 CET).
      ["resolution", "business-hours", "2026-12-08T11:30:00.000Z", "2026-12-08T16:00:00.000Z", "2 working days"],
    ]);
    expect(slaClockLines(deadlines, friday)).toEqual([
      "first response due in 9 h working time, Mon 17:00",
      "acknowledgement due in 9 h working time, Mon 17:00",
      "resolution due in 18 h working time, Tue 17:00",
    ]);
    // Over the weekend nothing is counted: Sunday evening it is still 8 h.
    expect(describeSlaClock(due(computeSlaDeadlines(openCase({ class: "general", category: "billing", openedAt: friday }), [], at("2026-12-06T19:00:00.000Z"), settings, berlin), "firstResponse"), at("2026-12-06T19:00:00.000Z"))).toBe(
      "first response due in 8 h working time, Mon 17:00",
    );
  });

  it("runs a general deadline across Christmas and the weekend", () => {
    const christmasEve = at("2026-12-24T15:00:00.000Z"); // Thursday 16:00 in Berlin
    const deadlines = computeSlaDeadlines(openCase({ class: "general", category: "billing", openedAt: christmasEve }), [], christmasEve, settings, berlin);
    expect(iso(due(deadlines, "firstResponse").dueAt)).toBe("2026-12-28T15:00:00.000Z");
    expect(iso(due(deadlines, "resolution").dueAt)).toBe("2026-12-29T15:00:00.000Z");
    const late = computeSlaDeadlines(openCase({ class: "general", category: "billing", openedAt: christmasEve }), [], at("2026-12-28T16:30:00.000Z"), settings, berlin);
    expect(describeSlaClock(due(late, "firstResponse"), at("2026-12-28T16:30:00.000Z"))).toBe("first response overdue by 1 h 30 min working time, 16:00");
  });

  it("keeps urgent complaints on 24×7: filed Friday 17:00, answered by Friday 19:00", () => {
    const friday = at("2026-12-04T16:00:00.000Z");
    const deadlines = computeSlaDeadlines(openCase({ openedAt: friday }), [], friday, settings, berlin);
    expect(deadlines.map((d) => [d.step, d.clock, iso(d.dueAt)])).toEqual([
      ["firstResponse", "24x7", "2026-12-04T18:00:00.000Z"],
      ["acknowledge", "24x7", "2026-12-04T18:00:00.000Z"],
      ["resolution", "24x7", "2026-12-05T16:00:00.000Z"],
    ]);
    expect(describeSlaClock(deadlines[0]!, friday)).toBe("first response due in 2 h");
  });

  it("lets a team put a class on the other clock, per tier", () => {
    const team = complaintSettingsSchema.parse({ sla: { general: { tier1: { clock: "24x7", firstResponse: "24h" } } } });
    const friday = at("2026-12-04T16:00:00.000Z");
    const deadlines = computeSlaDeadlines(openCase({ class: "general", category: "billing", openedAt: friday }), [], friday, team, berlin);
    expect(iso(due(deadlines, "firstResponse").dueAt)).toBe("2026-12-05T16:00:00.000Z");
    expect(due(deadlines, "firstResponse").within).toBe("24 h");
    const bad = complaintSettingsSchema.safeParse({ sla: { general: { tier1: { clock: "office" } } } });
    expect(bad.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual(["sla.general.tier1.clock: a clock is `24x7` or `business-hours`"]);
  });
});
