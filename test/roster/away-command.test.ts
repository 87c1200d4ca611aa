import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { ask } from "../health/slack/ask-steward.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { type AwayRoster, seedAwayRoster } from "./seed-away-roster.js";

const t = useTestDatabase();
// Tuesday 1 December 2026, 11:00 in Berlin.
const clock = new ManualClock(new Date("2026-12-01T10:00:00Z"));
let steward: TestSteward;
let roster: AwayRoster;

beforeAll(async () => {
  roster = await seedAwayRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock });
});
afterAll(async () => {
  await steward?.stop();
});

const absencesOf = (personId: number) =>
  t.db.prisma.absence.findMany({ where: { personId }, orderBy: { startsOn: "asc" } }).then((rows) =>
    rows.map((row) => `${row.startsOn.toISOString().slice(0, 10)}..${row.endsOn.toISOString().slice(0, 10)} deputy ${row.deputyId ?? "-"} by ${row.recordedBy}`),
  );
const absenceCount = () => t.db.prisma.absence.count();

describe("/customer away for oneself", () => {
  it("records the range and the deputy, attributed to the person in the audit log", async () => {
    const reply = await ask(steward, "U0LUKAS", "away 2026-12-20..2027-01-03 deputy @priya");
    expect(reply.text).toContain(":calendar: You are away *2026-12-20 – 2027-01-03* (both days included). Deputy: <@U0PRIYA>.");
    expect(await absencesOf(roster.people.lukas)).toEqual([`2026-12-20..2027-01-03 deputy ${roster.people.priya} by U0LUKAS`]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "absences", action: "insert" } });
    expect(audit.map((row) => row.actor)).toEqual(["U0LUKAS"]);
  });

  it("lists one's absences with no dates", async () => {
    const reply = await ask(steward, "U0LUKAS", "away");
    expect(reply.text).toBe("Your absences\n2026-12-20 – 2027-01-03 · deputy <@U0PRIYA> · recorded by <@U0LUKAS>");
  });

  it("refuses a second, overlapping absence (the same command typed again) and changes nothing", async () => {
    const reply = await ask(steward, "U0LUKAS", "away 2026-12-20..2027-01-03 deputy @priya");
    expect(reply.text).toContain("`dates`: 2026-12-20..2027-01-03 overlaps your absence 2026-12-20..2027-01-03; cancel that one first (/customer away cancel) or choose other dates. Nothing was changed.");
    expect(await absenceCount()).toBe(1);
  });
});

describe("/customer away for someone else", () => {
  it("lets an admin record an absence for another person, attributed to the admin", async () => {
    const reply = await ask(steward, "U0ADA", "away @nora 2026-12-22..2026-12-23 deputy @lukas");
    expect(reply.text).toContain(":calendar: <@U0NORA> is away *2026-12-22 – 2026-12-23* (both days included). Deputy: <@U0LUKAS>.");
    expect(await absencesOf(roster.people.nora)).toEqual([`2026-12-22..2026-12-23 deputy ${roster.people.lukas} by U0ADA`]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "absences", action: "insert" }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.actor)).toEqual(["U0LUKAS", "U0ADA"]);
  });

  it("refuses a non-admin recording, listing or cancelling someone else's absence, changing nothing", async () => {
    const before = await t.db.prisma.auditLog.count();
    for (const [text, what] of [
      ["away @lukas 2027-02-01..2027-02-02", "record an absence for someone else"],
      ["away @lukas", "see someone else's absences"],
      ["away cancel @lukas", "cancel someone else's absence"],
    ] as const) {
      const reply = await ask(steward, "U0NORA", text);
      expect(reply.text).toBe(`Only admins (and the person themselves) can ${what}. Nothing was changed.`);
    }
    expect(await absencesOf(roster.people.lukas)).toEqual([`2026-12-20..2027-01-03 deputy ${roster.people.priya} by U0LUKAS`]);
    expect(await t.db.prisma.auditLog.count()).toBe(before);
  });

  it("refuses someone not on the roster", async () => {
    const reply = await ask(steward, "U0STRANGER", "away 2026-12-20..2026-12-21");
    expect(reply.text).toContain("only people on Steward's roster can record absences");
  });
});

describe("bad input names the field, what was wrong and an example; nothing changes", () => {
  it.each([
    ["away 2026-12-20..2026-12-10", "`dates`: the last day 2026-12-10 is before the first day 2026-12-20. Nothing was changed."],
    ["away 2026-11-02..2026-11-06", "`dates`: 2026-11-02..2026-11-06 is over already (it is 2026-12-01 for you); record an absence that has not ended. Nothing was changed."],
    ["away 20.12.2026..2027-01-03", "`dates`: 20.12.2026 is not YYYY-MM-DD, e.g. 2026-12-31; write the first and last day away as FROM..TO. Nothing was changed."],
    ["away 2027-02-30", "`dates`: 2027-02-30 is not a date in the calendar (YYYY-MM-DD, e.g. 2026-12-31); write the first and last day away as FROM..TO. Nothing was changed."],
    ["away 2027-02-01..2027-02-05 deputy @nora", "`deputy`: you cannot be your own deputy; name someone who covers. Nothing was changed."],
    ["away 2027-02-01..2027-02-05 deputy @ghost", "`deputy`: nobody active on the roster is called @ghost. Nothing was changed."],
    ["away @ghost 2027-02-01..2027-02-05", "`person`: nobody active on the roster is called @ghost. Nothing was changed."],
    ["away 2027-02-01..2027-02-05 with @priya", "`deputy`: after the dates only \"deputy @person\" may follow, not \"with @priya\". Nothing was changed."],
  ])("%s", async (text, expected) => {
    const before = await absenceCount();
    const reply = await ask(steward, "U0NORA", text);
    expect(reply.text).toContain(expected);
    expect(reply.text).toContain("For example `/customer");
    expect(await absenceCount()).toBe(before);
  });
});

describe("a replayed submission", () => {
  it("records one absence from the same signed command sent three times", async () => {
    const body = new URLSearchParams({
      command: "/customer",
      text: "away 2027-03-01..2027-03-05",
      user_id: "U0PRIYA",
      channel_id: "C1",
      team_id: "T0STEWARD",
      response_url: steward.fake.responseUrl(),
      trigger_id: "1.2",
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const replies = () => steward.fake.callsTo("response_url").length;
    const before = replies();
    for (let i = 0; i < 3; i += 1) expect((await steward.client.post(body, "application/x-www-form-urlencoded", { timestamp })).status).toBe(200);
    await waitFor("the one reply", () => replies() === before + 1);
    expect(await absencesOf(roster.people.priya)).toEqual(["2027-03-01..2027-03-05 deputy - by U0PRIYA"]);
    // A later, different command is answered: had a copy been handled, its reply would have come first.
    await ask(steward, "U0PRIYA", "away");
    expect(replies()).toBe(before + 2);
  });
});

describe("/customer away cancel", () => {
  it("deletes an absence that has not started and says which", async () => {
    const reply = await ask(steward, "U0PRIYA", "away cancel");
    expect(reply.text).toBe(":white_check_mark: Your absence 2027-03-01 – 2027-03-05 is cancelled (it had not started).");
    expect(await absencesOf(roster.people.priya)).toEqual([]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "absences", action: "delete" } });
    expect(audit.map((row) => row.actor)).toEqual(["U0PRIYA"]);
  });

  it("ends an absence under way yesterday, so the person is back today, and brings held reminders forward", async () => {
    clock.set(new Date("2026-12-28T10:00:00Z"));
    // A reminder held for Lukas's return (Monday 4 January, 09:00 Berlin) is due now instead.
    await withActor(t.db, "cli:test", (tx) =>
      tx.delivery.create({ data: { key: "follow-up:customer-1:2026-12-22", rule: "follow-up", recipient: "U0LUKAS", dueAt: new Date("2027-01-04T08:00:00Z"), payload: { text: "x", digest: { itemKey: "follow-up:customer-1:2026-12-22", urgency: 1 } } } }),
    );
    const reply = await ask(steward, "U0ADA", "away cancel @lukas");
    expect(reply.text).toBe(":white_check_mark: <@U0LUKAS>'s absence 2026-12-20 – 2027-01-03 ends on 2026-12-27: back from today.");
    expect(await absencesOf(roster.people.lukas)).toEqual([`2026-12-20..2026-12-27 deputy ${roster.people.priya} by U0LUKAS`]);
    const held = await t.db.prisma.delivery.findUniqueOrThrow({ where: { key: "follow-up:customer-1:2026-12-22" } });
    expect(held.dueAt.toISOString()).toBe("2026-12-28T10:00:00.000Z");
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "absences", action: "update" } });
    expect(audit.map((row) => [row.actor, row.after])).toEqual([["U0ADA", { ends_on: "2026-12-27" }]]);
  });

  it("says so when there is nothing to cancel", async () => {
    const reply = await ask(steward, "U0PRIYA", "away cancel");
    expect(reply.text).toBe("You have no current or coming absence to cancel. Nothing was changed.");
  });
});

describe("/customer deputy", () => {
  const deputyOf = async (id: number) => (await t.db.prisma.customer.findUniqueOrThrow({ where: { id } })).deputyOwnerId;

  it("lets the owner name the deputy owner, attributed in the audit log", async () => {
    const reply = await ask(steward, "U0LUKAS", "deputy acme @priya");
    expect(reply.text).toContain(":white_check_mark: <@U0PRIYA> is the deputy owner of *ACME*.");
    expect(await deputyOf(roster.customers.ACME)).toBe(roster.people.priya);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "customers", action: "update", rowId: String(roster.customers.ACME) } });
    expect(audit.map((row) => [row.actor, row.after])).toEqual([["U0LUKAS", { deputy_owner_id: roster.people.priya }]]);
  });

  it("refuses someone who is neither owner, department head nor admin, changing nothing", async () => {
    const reply = await ask(steward, "U0NORA", "deputy ACME @nora");
    expect(reply.text).toBe("Only the owner of ACME, the head of the owner's department or an admin can name its deputy owner. Nothing was changed.");
    expect(await deputyOf(roster.customers.ACME)).toBe(roster.people.priya);
  });

  it.each([
    ["deputy GHOST @priya", "`customer`: no customer has the key GHOST. Nothing was changed."],
    ["deputy ACME @lukas", "`deputy`: Lukas Meyer owns ACME; the deputy owner is someone else. Nothing was changed."],
    ["deputy ACME @ghost", "`deputy`: nobody active on the roster is called @ghost. Nothing was changed."],
    ["deputy ACME", "`deputy`: name the deputy owner of ACME as @person, or none to clear it. Nothing was changed."],
  ])("bad input %s", async (text, expected) => {
    const reply = await ask(steward, "U0ADA", text);
    expect(reply.text).toContain(expected);
    expect(reply.text).toContain("For example `/customer deputy ACME @priya`.");
    expect(await deputyOf(roster.customers.ACME)).toBe(roster.people.priya);
  });

  it("lets an admin clear it", async () => {
    const reply = await ask(steward, "U0ADA", "deputy ACME none");
    expect(reply.text).toContain("*ACME* has no deputy owner.");
    expect(await deputyOf(roster.customers.ACME)).toBeNull();
  });
});

describe("people named by Slack's escaped mentions (the Slack adapter reads them, the domain gets identity tokens)", () => {
  const deputyOf = async (id: number) => (await t.db.prisma.customer.findUniqueOrThrow({ where: { id } })).deputyOwnerId;

  it("records an admin's absence for <@U0NORA|nora> with deputy <@U0PRIYA|priya>, and lists it", async () => {
    const reply = await ask(steward, "U0ADA", "away <@U0NORA|nora> 2027-03-01..2027-03-02 deputy <@U0PRIYA|priya>");
    expect(reply.text).toContain(":calendar: <@U0NORA> is away *2027-03-01 – 2027-03-02* (both days included). Deputy: <@U0PRIYA>.");
    expect(await absencesOf(roster.people.nora)).toContain(`2027-03-01..2027-03-02 deputy ${roster.people.priya} by U0ADA`);
    const listed = await ask(steward, "U0ADA", "away <@U0NORA>");
    expect(listed.text).toContain("2027-03-01 – 2027-03-02 · deputy <@U0PRIYA> · recorded by <@U0ADA>");
  });

  it("answers a mention of someone not on the roster by their id, and changes nothing", async () => {
    const before = await absenceCount();
    const reply = await ask(steward, "U0ADA", "away <@U0GHOST|ghost> 2027-03-05");
    expect(reply.text).toContain("`person`: nobody active on the roster is called @U0GHOST.");
    expect(await absenceCount()).toBe(before);
  });

  it("names the deputy owner by mention", async () => {
    const reply = await ask(steward, "U0ADA", "deputy ACME <@U0NORA|nora>");
    expect(reply.text).toContain(":white_check_mark: <@U0NORA> is the deputy owner of *ACME*.");
    expect(await deputyOf(roster.customers.ACME)).toBe(roster.people.nora);
  });
});
