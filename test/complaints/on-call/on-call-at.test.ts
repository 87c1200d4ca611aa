import { describe, expect, it } from "vitest";
import { onCallAt } from "../../../src/domain/complaints/on-call/on-call-at.js";
import type { OnCallOverride, Rotation } from "../../../src/domain/complaints/on-call/rotation.js";

const [ANNA, BEN, CARL, PRIYA, MAX] = [1, 2, 3, 4, 5];
// Weekly, Sunday 09:00 in Berlin; 2026-03-22 is a Sunday, one week before the spring-forward night.
const weekly: Rotation = {
  name: "Technical support",
  tier: 2,
  departmentId: null,
  timeZone: "Europe/Berlin",
  lengthDays: 7,
  handoffMinute: 9 * 60,
  startsOn: "2026-03-22",
  memberIds: [ANNA, BEN, CARL],
  source: "settings",
};
const at = (iso: string) => new Date(iso);
const holder = (rotation: Rotation, iso: string, overrides: OnCallOverride[] = []) => {
  const now = onCallAt(rotation, overrides, at(iso));
  return { holderId: now.holderId, coveringFor: now.coveringFor, next: now.next && { at: now.next.at.toISOString(), holderId: now.next.holderId, coveringFor: now.next.coveringFor } };
};

describe("who is on call (Europe/Berlin, both daylight-saving switches)", () => {
  it("hands off at 09:00 local on the spring-forward Sunday: 07:00 UTC instead of 08:00", () => {
    expect(holder(weekly, "2026-03-22T07:59:59.999Z")).toMatchObject({ holderId: null, next: { at: "2026-03-22T08:00:00.000Z", holderId: ANNA } });
    expect(holder(weekly, "2026-03-22T08:00:00.000Z").holderId).toBe(ANNA);
    expect(holder(weekly, "2026-03-29T06:59:59.999Z")).toEqual({ holderId: ANNA, coveringFor: null, next: { at: "2026-03-29T07:00:00.000Z", holderId: BEN, coveringFor: null } });
    expect(holder(weekly, "2026-03-29T07:00:00.000Z")).toEqual({ holderId: BEN, coveringFor: null, next: { at: "2026-04-05T07:00:00.000Z", holderId: CARL, coveringFor: null } });
  });

  it("hands off at 09:00 local on the fall-back Sunday: 08:00 UTC again", () => {
    // 2026-10-25 is 31 weeks after the start: shift 31 is Ben's (31 mod 3 = 1), shift 30 Anna's.
    expect(holder(weekly, "2026-10-18T07:00:00.000Z")).toMatchObject({ holderId: ANNA, next: { at: "2026-10-25T08:00:00.000Z", holderId: BEN } });
    expect(holder(weekly, "2026-10-25T07:59:59.999Z").holderId).toBe(ANNA);
    expect(holder(weekly, "2026-10-25T08:00:00.000Z")).toMatchObject({ holderId: BEN, next: { at: "2026-11-01T08:00:00.000Z", holderId: CARL } });
  });

  it("a daily 02:30 handoff moves to 03:30 on the night 02:30 does not exist, and takes the first 02:30 on the night it exists twice", () => {
    const daily: Rotation = { ...weekly, lengthDays: 1, handoffMinute: 2 * 60 + 30, startsOn: "2026-03-28", memberIds: [ANNA, BEN] };
    expect(holder(daily, "2026-03-28T02:00:00.000Z")).toMatchObject({ holderId: ANNA, next: { at: "2026-03-29T01:30:00.000Z", holderId: BEN } });
    expect(holder(daily, "2026-03-29T01:29:59.999Z").holderId).toBe(ANNA);
    expect(holder(daily, "2026-03-29T01:30:00.000Z")).toMatchObject({ holderId: BEN, next: { at: "2026-03-30T00:30:00.000Z", holderId: ANNA } });
    // 2026-10-25 is 211 days after 2026-03-28: Ben's day (211 is odd), starting at 02:30 CEST = 00:30 UTC.
    expect(holder(daily, "2026-10-25T00:29:59.999Z").holderId).toBe(ANNA);
    expect(holder(daily, "2026-10-25T00:30:00.000Z")).toMatchObject({ holderId: BEN, next: { at: "2026-10-26T01:30:00.000Z", holderId: ANNA } });
  });

  it("an n-day rotation counts calendar days in its zone", () => {
    const threeDays: Rotation = { ...weekly, lengthDays: 3, handoffMinute: 8 * 60, startsOn: "2026-03-27", memberIds: [ANNA, BEN] };
    expect(holder(threeDays, "2026-03-30T05:59:59.999Z")).toMatchObject({ holderId: ANNA, next: { at: "2026-03-30T06:00:00.000Z", holderId: BEN } });
  });
});

describe("overrides", () => {
  // Priya covers for Ben 29 Mar – 4 Apr (whole days in Berlin); Max, asked later, covers for Ben on 1 Apr.
  const priya: OnCallOverride = { personId: PRIYA, forPersonId: BEN, startsAt: at("2026-03-28T23:00:00.000Z"), endsAt: at("2026-04-04T22:00:00.000Z"), createdAt: at("2026-03-01T10:00:00.000Z") };
  const max: OnCallOverride = { personId: MAX, forPersonId: BEN, startsAt: at("2026-03-31T22:00:00.000Z"), endsAt: at("2026-04-01T22:00:00.000Z"), createdAt: at("2026-03-20T10:00:00.000Z") };
  const both = [priya, max];

  it("apply only while the covered person is scheduled", () => {
    expect(holder(weekly, "2026-03-29T06:59:59.999Z", both)).toMatchObject({ holderId: ANNA, next: { at: "2026-03-29T07:00:00.000Z", holderId: PRIYA, coveringFor: BEN } });
  });

  it("the later override wins where they overlap, and the earlier one resumes after it", () => {
    expect(holder(weekly, "2026-03-30T12:00:00.000Z", both)).toEqual({ holderId: PRIYA, coveringFor: BEN, next: { at: "2026-03-31T22:00:00.000Z", holderId: MAX, coveringFor: BEN } });
    expect(holder(weekly, "2026-04-01T12:00:00.000Z", both)).toEqual({ holderId: MAX, coveringFor: BEN, next: { at: "2026-04-01T22:00:00.000Z", holderId: PRIYA, coveringFor: BEN } });
    // Listed in the other order, the same: precedence is by when an override was made, not by position.
    expect(holder(weekly, "2026-04-01T12:00:00.000Z", [max, priya]).holderId).toBe(MAX);
  });

  it("ends at the midnight after its last day: the scheduled person is back until the next handoff", () => {
    expect(holder(weekly, "2026-04-04T21:59:59.999Z", both)).toMatchObject({ holderId: PRIYA, next: { at: "2026-04-04T22:00:00.000Z", holderId: BEN, coveringFor: null } });
    expect(holder(weekly, "2026-04-04T22:00:00.000Z", both)).toMatchObject({ holderId: BEN, next: { at: "2026-04-05T07:00:00.000Z", holderId: CARL } });
  });

  it("a one-person rotation's next handoff is the next override, or none", () => {
    const alone: Rotation = { ...weekly, memberIds: [BEN] };
    expect(holder(alone, "2026-03-25T12:00:00.000Z", both).next).toEqual({ at: "2026-03-28T23:00:00.000Z", holderId: PRIYA, coveringFor: BEN });
    expect(holder(alone, "2026-03-25T12:00:00.000Z").next).toBeNull();
  });
});
