import { describe, expect, it } from "vitest";
import { addMonths } from "../../src/domain/calendar/add-months.js";
import { addWorkingDays } from "../../src/domain/calendar/add-working-days.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { isValidTimeZone } from "../../src/domain/calendar/is-valid-time-zone.js";
import { nextWorkingMoment } from "../../src/domain/calendar/next-working-moment.js";
import { resolveTimeZone } from "../../src/domain/calendar/resolve-time-zone.js";
import { wallClock } from "../../src/domain/calendar/wall-clock.js";
import { zonedTimeToUtc } from "../../src/domain/calendar/zoned-time-to-utc.js";

const calendar = calendarSettingsSchema.parse({});
const at = (iso: string) => new Date(iso);

describe("calendar settings", () => {
  it("defaults to Asia/Shanghai, Monday–Friday 09:00–18:00, no holidays", () => {
    expect(calendar).toEqual({
      timeZone: "Asia/Shanghai",
      workingDays: [1, 2, 3, 4, 5],
      workdayStart: "09:00",
      workdayEnd: "18:00",
      holidays: [],
    });
  });

  it("rejects an unknown zone, a bad time and an impossible holiday with the field and an example", () => {
    const result = calendarSettingsSchema.safeParse({ timeZone: "Mars/Olympus", workdayStart: "9am", holidays: ["2026-02-30"] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual([
      "timeZone: timeZone must be an IANA time zone name, e.g. Asia/Shanghai or Europe/Berlin",
      "workdayStart: a time of day is HH:mm on a 24-hour clock, e.g. 09:00 or 18:00",
      "holidays.0: a holiday is a real date in the form YYYY-MM-DD, e.g. 2026-10-01",
    ]);
  });
});

describe("time zones", () => {
  it("knows IANA names and refuses offsets and nonsense", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("+08:00")).toBe(false);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("takes a person's zone from the roster, else Slack, else the team, and reports a roster zone that is not one", () => {
    expect(resolveTimeZone("Europe/Berlin", "America/Los_Angeles", "Asia/Shanghai")).toEqual({ zone: "Europe/Berlin", problem: null });
    expect(resolveTimeZone(null, "America/Los_Angeles", "Asia/Shanghai")).toEqual({ zone: "America/Los_Angeles", problem: null });
    expect(resolveTimeZone(null, null, "Asia/Shanghai")).toEqual({ zone: "Asia/Shanghai", problem: null });
    expect(resolveTimeZone("Mars/Olympus", null, "Asia/Shanghai")).toEqual({
      zone: "Asia/Shanghai",
      problem: 'time zone "Mars/Olympus" is not an IANA time zone name (e.g. Europe/Berlin)',
    });
  });

  it("converts 09:00 local to UTC in three zones, on both sides of each DST change", () => {
    const nine = 9 * 60;
    expect(zonedTimeToUtc("2026-03-27", nine, "Europe/Berlin").toISOString()).toBe("2026-03-27T08:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-30", nine, "Europe/Berlin").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-06", nine, "America/Los_Angeles").toISOString()).toBe("2026-03-06T17:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-09", nine, "America/Los_Angeles").toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(zonedTimeToUtc("2026-11-02", nine, "America/Los_Angeles").toISOString()).toBe("2026-11-02T17:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-30", nine, "Asia/Shanghai").toISOString()).toBe("2026-03-30T01:00:00.000Z");
  });

  it("moves a time skipped by spring-forward past the gap and takes the first of a repeated autumn time", () => {
    expect(zonedTimeToUtc("2026-03-29", 2 * 60 + 30, "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(wallClock(at("2026-03-29T01:30:00Z"), "Europe/Berlin")).toEqual({ date: "2026-03-29", minuteOfDay: 210, offsetMinutes: 120 });
    expect(zonedTimeToUtc("2026-10-25", 2 * 60 + 30, "Europe/Berlin").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("working days", () => {
  const withHoliday = calendarSettingsSchema.parse({ holidays: ["2026-12-25"] });

  it("counts working days back over a weekend and a holiday", () => {
    expect(addWorkingDays("2026-11-30", -3, calendar)).toBe("2026-11-25"); // Mon → Wed before
    expect(addWorkingDays("2026-12-28", -3, withHoliday)).toBe("2026-12-22"); // skips Fri 25 Dec
    expect(addWorkingDays("2026-11-27", 1, calendar)).toBe("2026-11-30");
  });

  it("adds months, clamping to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-08-15", 6)).toBe("2027-02-15");
  });

  it("finds the next working moment in the person's zone", () => {
    // Friday 19:30 in Berlin → Monday 09:00 Berlin.
    expect(nextWorkingMoment(at("2026-11-27T18:30:00Z"), "Europe/Berlin", calendar).toISOString()).toBe("2026-11-30T08:00:00.000Z");
    // Tuesday 07:10 in Shanghai → 09:00 the same day.
    expect(nextWorkingMoment(at("2026-11-23T23:10:00Z"), "Asia/Shanghai", calendar).toISOString()).toBe("2026-11-24T01:00:00.000Z");
    // During working hours: unchanged.
    expect(nextWorkingMoment(at("2026-11-24T20:00:00Z"), "America/Los_Angeles", calendar).toISOString()).toBe("2026-11-24T20:00:00.000Z");
    // Thursday 24 Dec 18:00 Berlin with 25 Dec a holiday → Monday 28 Dec 09:00.
    expect(nextWorkingMoment(at("2026-12-24T17:00:00Z"), "Europe/Berlin", withHoliday).toISOString()).toBe("2026-12-28T08:00:00.000Z");
    // Saturday before Berlin's spring-forward → Monday 09:00 CEST (07:00 UTC).
    expect(nextWorkingMoment(at("2026-03-28T10:00:00Z"), "Europe/Berlin", calendar).toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });
});
