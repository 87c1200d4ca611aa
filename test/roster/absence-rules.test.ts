import { describe, expect, it } from "vitest";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import type { Absence, AbsentPerson } from "../../src/domain/roster/absence/absence.js";
import { awayPeriods } from "../../src/domain/roster/absence/away-periods.js";
import { isAway } from "../../src/domain/roster/absence/is-away.js";
import { parseAwayArgs } from "../../src/domain/roster/absence/parse-away-args.js";
import { reminderCover, type CoverFacts } from "../../src/domain/roster/absence/reminder-cover.js";
import { returnMoment } from "../../src/domain/roster/absence/return-moment.js";
import { returnSummariesDue } from "../../src/domain/roster/absence/return-summaries-due.js";
import { withoutAway } from "../../src/domain/roster/absence/without-away.js";

const calendar = calendarSettingsSchema.parse({});
const absence = (id: number, personId: number, from: string, to: string, deputyId: number | null = null): Absence => ({ id, personId, from, to, deputyId, recordedBy: "cli:test", recordedAt: new Date(0) });
const person = (id: number, name: string, timeZone: string): AbsentPerson => ({ id, ids: { slack: `U0${name.toUpperCase()}` }, name, timeZone });

describe("isAway: days in the person's own zone", () => {
  const wei = { id: 1, timeZone: "Asia/Shanghai" };
  const absences = [absence(1, 1, "2026-12-20", "2026-12-20")];
  it.each([
    ["2026-12-19T15:59:59.000Z", false],
    ["2026-12-19T16:00:00.000Z", true],
    ["2026-12-20T15:59:59.000Z", true],
    ["2026-12-20T16:00:00.000Z", false],
  ])("at %s: %s", (iso, away) => {
    expect(isAway(wei, absences, new Date(iso))).toBe(away);
  });

  it("judges each person in their own zone when filtering who may be paged", () => {
    const people = [{ id: 1, timeZone: "Asia/Shanghai" }, { id: 2, timeZone: null }, { id: 3, timeZone: "America/Los_Angeles" }];
    const both = [absence(1, 1, "2026-12-20", "2026-12-20"), absence(2, 3, "2026-12-20", "2026-12-20")];
    // 2026-12-20T02:00Z: Sunday 10:00 in Shanghai (away), Saturday 18:00 in Los Angeles (not yet).
    expect(withoutAway(people, both, new Date("2026-12-20T02:00:00Z"), "Europe/Berlin").map((p) => p.id)).toEqual([2, 3]);
    expect(awayPeriods(3, [...both, absence(3, 3, "2026-12-01", "2026-12-02")]).map((a) => a.id)).toEqual([3, 2]);
  });
});

describe("returnMoment: the digest time of the first working day back", () => {
  it.each([
    ["a Friday's last day → Monday 09:00 Berlin", [absence(1, 1, "2026-12-14", "2026-12-18")], {}, "2026-12-21T08:00:00.000Z"],
    ["a holiday on that Monday → Tuesday", [absence(1, 1, "2026-12-14", "2026-12-18")], { holidays: ["2026-12-21"] }, "2026-12-22T08:00:00.000Z"],
    ["an absence running into another → after the last", [absence(1, 1, "2026-12-14", "2026-12-18"), absence(2, 1, "2026-12-19", "2026-12-23")], {}, "2026-12-24T08:00:00.000Z"],
    ["across the spring DST switch → 09:00 CEST", [absence(1, 1, "2027-03-22", "2027-03-26")], {}, "2027-03-29T07:00:00.000Z"],
  ])("%s", (_name, absences, overrides, expected) => {
    const cal = calendarSettingsSchema.parse(overrides);
    expect(returnMoment(absences[0]!, absences, "Europe/Berlin", cal, "09:00").toISOString()).toBe(expected);
  });

  it("summarises a run of absences once, on the return from the last", () => {
    const lukas = person(1, "lukas", "Europe/Berlin");
    const absences = [absence(1, 1, "2026-12-14", "2026-12-18"), absence(2, 1, "2026-12-19", "2026-12-23")];
    const due = returnSummariesDue(absences, new Map([[1, lukas]]), new Date("2026-12-24T08:00:00Z"), calendar, "09:00", 3);
    expect(due.map((d) => [d.key, d.firstDay, d.awayFrom.toISOString(), d.back.toISOString()])).toEqual([
      ["return-summary:absence-2:2026-12-23", "2026-12-14", "2026-12-13T23:00:00.000Z", "2026-12-24T08:00:00.000Z"],
    ]);
    expect(returnSummariesDue(absences, new Map([[1, lukas]]), new Date("2026-12-24T07:59:00Z"), calendar, "09:00", 3)).toEqual([]);
    // Imported long after it ended: no summary.
    expect(returnSummariesDue(absences, new Map([[1, lukas]]), new Date("2027-01-04T08:00:00Z"), calendar, "09:00", 3)).toEqual([]);
  });
});

describe("reminderCover: who gets an away person's reminder", () => {
  const lukas = person(1, "lukas", "Europe/Berlin");
  const priya = person(2, "priya", "Europe/Berlin");
  const mei = person(3, "mei", "Asia/Shanghai");
  const facts = (absences: Absence[], deputyOwners: CoverFacts["deputyOwners"] = new Map()): CoverFacts => ({ people: new Map([lukas, priya, mei].map((p) => [p.id, p])), absences, deputyOwners });
  const item = (customerId: number | null, recipient = lukas.ids.slack!) => ({ personId: 1, recipient, customerId, deliverAt: new Date("2026-12-21T08:00:00Z") });

  it("prefers the customer's deputy owner, then the absence's deputy, each only when they are here", () => {
    const away = [absence(1, 1, "2026-12-21", "2026-12-23", 2)];
    const deputyOwners = new Map([[7, { ownerId: 1, deputyOwnerId: 3 }]]);
    // Mei's 16:00 in Shanghai is within her working hours: at once.
    expect(reminderCover(item(7), facts(away, deputyOwners), calendar, "09:00")).toMatchObject({ kind: "deputy", deputy: { id: 3 }, coveringFor: { id: 1 }, deliverAt: new Date("2026-12-21T08:00:00Z") });
    expect(reminderCover(item(8), facts(away, deputyOwners), calendar, "09:00")).toMatchObject({ kind: "deputy", deputy: { id: 2 } });
    const meiAway = [...away, absence(2, 3, "2026-12-21", "2026-12-21")];
    expect(reminderCover(item(7), facts(meiAway, deputyOwners), calendar, "09:00")).toMatchObject({ kind: "deputy", deputy: { id: 2 } });
  });

  it("holds it for the return when nobody covers, and leaves channel items and present people alone", () => {
    const alone = [absence(1, 1, "2026-12-21", "2026-12-23")];
    expect(reminderCover(item(8), facts(alone), calendar, "09:00")).toEqual({ kind: "held", person: lukas, deliverAt: new Date("2026-12-24T08:00:00Z") });
    expect(reminderCover(item(8, "C0SALES"), facts(alone), calendar, "09:00")).toEqual({ kind: "self" });
    expect(reminderCover(item(8), facts([absence(1, 1, "2026-12-22", "2026-12-23")]), calendar, "09:00")).toEqual({ kind: "self" });
  });
});

describe("parseAwayArgs", () => {
  it.each([
    ["", { kind: "list", person: null }],
    // A mention reaches the domain as the adapter's identity token (src/slack, src/teams), never in Slack's markup.
    ["@slack:U0LUKAS", { kind: "list", person: { identity: { platform: "slack", id: "U0LUKAS" } } }],
    ["cancel @teams:0a1b2c3d-0000-4000-8000-000000000001", { kind: "cancel", person: { identity: { platform: "teams", id: "0a1b2c3d-0000-4000-8000-000000000001" } } }],
    ["cancel @lukas", { kind: "cancel", person: { handle: "lukas" } }],
    ["2026-12-24", { kind: "record", person: null, from: "2026-12-24", to: "2026-12-24", deputy: null }],
    ["@lukas 2026-12-20..2027-01-03 deputy @priya", { kind: "record", person: { handle: "lukas" }, from: "2026-12-20", to: "2027-01-03", deputy: { handle: "priya" } }],
  ])("%j", (args, request) => {
    expect(parseAwayArgs(args)).toEqual({ ok: true, request });
  });

  it("names the field of what is wrong", () => {
    expect(parseAwayArgs("2026-12-20..2026-12-22..2026-12-24")).toMatchObject({ ok: false, problem: { field: "dates" } });
    expect(parseAwayArgs("cancel @lukas now")).toMatchObject({ ok: false, problem: { field: "person" } });
    expect(parseAwayArgs("2026-12-20 deputy priya")).toMatchObject({ ok: false, problem: { field: "deputy" } });
    // Slack's escaped mention is the Slack adapter's to read: here it is not a person, so it is taken for the dates.
    expect(parseAwayArgs("<@U0LUKAS|lukas>")).toMatchObject({ ok: false, problem: { field: "dates" } });
  });

  it("reads a deputy given as an identity token", () => {
    expect(parseAwayArgs("2026-12-20 deputy @slack:U0PRIYA")).toEqual({
      ok: true,
      request: { kind: "record", person: null, from: "2026-12-20", to: "2026-12-20", deputy: { identity: { platform: "slack", id: "U0PRIYA" } } },
    });
  });
});
