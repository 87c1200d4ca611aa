import { describe, expect, it } from "vitest";
import { decideTierPaging, type TierPagingInput } from "../../../src/domain/complaints/on-call/decide-tier-paging.js";
import type { Rotation } from "../../../src/domain/complaints/on-call/rotation.js";
import { rotationForCase } from "../../../src/domain/complaints/on-call/rotation-for-case.js";

// Tier 2 of a Support case: its head Hana and technical support Tom, Lukas and Priya.
const [hana, tom, lukas, priya] = [
  { id: 10, name: "Hana" },
  { id: 11, name: "Tom" },
  { id: 12, name: "Lukas" },
  { id: 13, name: "Priya" },
];
const tier2 = [hana, tom, lukas, priya];
// Daily at 08:00 Berlin from Monday 2026-11-30: Tom, Lukas, Priya.
const rotation: Rotation = {
  name: "Technical support",
  tier: 2,
  departmentId: null,
  timeZone: "Europe/Berlin",
  lengthDays: 1,
  handoffMinute: 8 * 60,
  startsOn: "2026-11-30",
  memberIds: [tom.id, lukas.id, priya.id],
  source: "settings",
};
// Saturday 2026-12-05 23:00 in Berlin: shift 5 (5 mod 3 = 2) → Priya, since 08:00.
const since = new Date("2026-12-05T22:00:00.000Z");
const input = (overrides: Partial<TierPagingInput<(typeof tier2)[number]>> = {}): TierPagingInput<(typeof tier2)[number]> => ({
  tierPeople: tier2,
  people: tier2,
  rotation,
  overrides: [],
  tierSince: since,
  awaiting: true,
  groupAfterMs: 15 * 60_000,
  away: () => false,
  now: since,
  ...overrides,
});
const names = (people: readonly { name: string }[]) => people.map((p) => p.name);
const after = (ms: number) => new Date(since.getTime() + ms);

describe("the in-tier escalation policy", () => {
  it("pages the person on call first, then the rest of the tier at exactly 15 min", () => {
    const first = decideTierPaging(input());
    expect(first).toMatchObject({ stage: "on-call", onCall: priya, groupAt: new Date("2026-12-05T22:15:00.000Z") });
    expect(names(first.paged)).toEqual(["Priya"]);
    expect(names(decideTierPaging(input({ now: after(15 * 60_000 - 1) })).paged)).toEqual(["Priya"]);
    const group = decideTierPaging(input({ now: after(15 * 60_000) }));
    expect(group.stage).toBe("group");
    expect(names(group.paged)).toEqual(["Priya", "Hana", "Tom", "Lukas"]);
  });

  it("after an acknowledgement the on-call stage is over: the tier is the group again", () => {
    expect(decideTierPaging(input({ awaiting: false })).stage).toBe("group");
  });

  it("pages the whole tier at once when the class's policy says so (groupAfter: null)", () => {
    expect(names(decideTierPaging(input({ groupAfterMs: null })).paged)).toEqual(["Priya", "Hana", "Tom", "Lukas"]);
  });

  it("without a rotation pages everyone of the tier, as before rotations", () => {
    expect(decideTierPaging(input({ rotation: null }))).toMatchObject({ stage: "everyone", onCall: null, groupAt: null });
    expect(names(decideTierPaging(input({ rotation: null })).paged)).toEqual(["Hana", "Tom", "Lukas", "Priya"]);
  });

  it("never pages an away person: the rotation's next member takes the page", () => {
    const away = (id: number) => id === priya.id;
    const paging = decideTierPaging(input({ away }));
    expect(paging.onCall).toBe(tom);
    expect(names(decideTierPaging(input({ away, now: after(15 * 60_000) })).paged)).toEqual(["Tom", "Hana", "Lukas"]);
  });

  it("pages the reachable group at once when no rotation member is reachable, and nobody when nobody is", () => {
    const members = new Set(rotation.memberIds);
    expect(decideTierPaging(input({ away: (id) => members.has(id) }))).toMatchObject({ stage: "group", onCall: null, paged: [hana] });
    expect(decideTierPaging(input({ away: () => true })).paged).toEqual([]);
  });

  it("an override's covering person is paged, also when they hold no tier-2 role", () => {
    const olga = { id: 20, name: "Olga" };
    const cover = { personId: olga.id, forPersonId: priya.id, startsAt: new Date("2026-12-04T23:00:00.000Z"), endsAt: new Date("2026-12-06T23:00:00.000Z"), createdAt: since };
    const paging = decideTierPaging(input({ people: [...tier2, olga], overrides: [cover] }));
    expect(names(paging.paged)).toEqual(["Olga"]);
  });
});

describe("which rotation covers a case", () => {
  const support: Rotation = { ...rotation, name: "Support heads", departmentId: 7 };
  it("prefers the lead department's own rotation, else the tier's group rotation", () => {
    expect(rotationForCase([rotation, support], 2, 7)).toBe(support);
    expect(rotationForCase([rotation, support], 2, 8)).toBe(rotation);
    expect(rotationForCase([rotation, support], 3, 7)).toBeNull();
  });
});
