import { describe, expect, it } from "vitest";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { computeDueItems } from "../../src/domain/reminders/compute-due-items.js";
import { renderMrkdwn } from "../../src/slack/render/render-mrkdwn.js";
import type { Inline } from "../../src/domain/messages/message.js";
import { orderDigest } from "../../src/domain/reminders/order-digest.js";
import type { ReminderFacts } from "../../src/domain/reminders/reminder-facts.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { customer, facts } from "./reminder-facts-fixture.js";

/** An item's neutral text as Slack shows it: the rules' wording is checked as people read it. */
const shown = (text: Inline | null | undefined) => (text == null ? text : renderMrkdwn(text));

const calendar = calendarSettingsSchema.parse({});
const reminders = reminderSettingsSchema.parse({});

/** The rules at `iso`, as the every-minute tick runs them: the previous evaluation a minute before. */
function dueAt(f: ReminderFacts, iso: string, settings = reminders, cal = calendar, lastEvaluatedAt: Date | null = minuteBefore(iso)) {
  return computeDueItems(f, new Date(iso), cal, settings, lastEvaluatedAt);
}
function minuteBefore(iso: string): Date {
  return new Date(new Date(iso).getTime() - 60_000);
}
const birthdaysOnly = (f: ReminderFacts, iso: string, settings = reminders) =>
  Object.fromEntries(dueAt(f, iso, settings).due.filter((i) => i.rule === "birthday").map((i) => [i.key, i.sendAt.toISOString()]));
const keysAt = (f: ReminderFacts, iso: string) => dueAt(f, iso).due.map((i) => i.key).sort();
const sendTimes = (f: ReminderFacts, iso: string) =>
  Object.fromEntries(dueAt(f, iso).due.map((i) => [i.key, i.sendAt.toISOString()]));

// One contact per owner, all born on Tuesday 24 November.
const birthdays = facts({
  customers: [customer(1, 1), customer(2, 2), customer(3, 3)],
  contacts: [1, 2, 3].map((id) => ({ id, customerId: id, name: `Contact ${id}`, title: null, birthdayMonth: 11, birthdayDay: 24 })),
});

describe("the daily sequence across time zones", () => {
  it("reminds each owner of a birthday at 09:00 in their own zone, never before", () => {
    expect(keysAt(birthdays, "2026-11-24T00:59:00Z")).toEqual([]);
    expect(keysAt(birthdays, "2026-11-24T01:00:00Z")).toEqual(["birthday:contact-1:2026-11-24"]);
    expect(keysAt(birthdays, "2026-11-24T07:59:00Z")).toEqual(["birthday:contact-1:2026-11-24"]);
    expect(keysAt(birthdays, "2026-11-24T08:00:00Z")).toEqual(["birthday:contact-1:2026-11-24", "birthday:contact-2:2026-11-24"]);
    expect(sendTimes(birthdays, "2026-11-24T17:00:00Z")).toEqual({
      "birthday:contact-1:2026-11-24": "2026-11-24T01:00:00.000Z",
      "birthday:contact-2:2026-11-24": "2026-11-24T08:00:00.000Z",
      "birthday:contact-3:2026-11-24": "2026-11-24T17:00:00.000Z",
    });
  });

  it("keeps 09:00 local across the spring DST change in Berlin and Los Angeles", () => {
    const dst = (month: number, day: number) =>
      facts({
        customers: [customer(2, 2), customer(3, 3)],
        contacts: [2, 3].map((id) => ({ id, customerId: id, name: `Contact ${id}`, title: null, birthdayMonth: month, birthdayDay: day })),
      });
    // Friday 27 March (CET, PDT) and Monday 30 March (CEST, PDT); Friday 6 / Monday 9 March in LA (PST → PDT).
    expect(sendTimes(dst(3, 27), "2026-03-28T00:00:00Z")).toEqual({
      "birthday:contact-2:2026-03-27": "2026-03-27T08:00:00.000Z",
      "birthday:contact-3:2026-03-27": "2026-03-27T16:00:00.000Z",
    });
    expect(sendTimes(dst(3, 30), "2026-03-31T00:00:00Z")).toEqual({
      "birthday:contact-2:2026-03-30": "2026-03-30T07:00:00.000Z",
      "birthday:contact-3:2026-03-30": "2026-03-30T16:00:00.000Z",
    });
    expect(sendTimes(dst(3, 6), "2026-03-07T00:00:00Z")["birthday:contact-3:2026-03-06"]).toBe("2026-03-06T17:00:00.000Z");
    expect(sendTimes(dst(3, 9), "2026-03-10T00:00:00Z")["birthday:contact-3:2026-03-09"]).toBe("2026-03-09T16:00:00.000Z");
  });

  it("asks for a missing summary in the author's first digest after its 24 h deadline, never at that hour", () => {
    const f = facts({
      customers: [customer(2, 2)],
      interactions: [
        { id: 7, customerId: 2, kind: "call", occurredAt: new Date("2026-11-23T13:37:00Z"), authorId: 2, hasSummary: false },
        { id: 8, customerId: 2, kind: "meeting", occurredAt: new Date("2026-11-27T16:00:00Z"), authorId: 2, hasSummary: false },
        { id: 9, customerId: 2, kind: "call", occurredAt: new Date("2026-11-23T10:00:00Z"), authorId: 2, hasSummary: true },
      ],
    });
    // The deadline is Tuesday 14:37 in Berlin: nothing then, nor in the evening; Wednesday's 09:00 digest.
    expect(keysAt(f, "2026-11-24T13:37:00Z")).toEqual([]);
    expect(keysAt(f, "2026-11-24T21:30:00Z")).toEqual([]);
    expect(keysAt(f, "2026-11-25T07:59:00Z")).toEqual([]);
    expect(sendTimes(f, "2026-11-25T08:00:00Z")).toEqual({ "summary:interaction-7:2026-11-24": "2026-11-25T08:00:00.000Z" });
    // Friday 17:00 Berlin + 24 h is Saturday: asked on Monday at 09:00.
    expect(sendTimes(f, "2026-11-30T08:00:00Z")["summary:interaction-8:2026-11-28"]).toBe("2026-11-30T08:00:00.000Z");
  });
});

describe("weekends and holidays", () => {
  it("reminds of a Saturday birthday on the Friday before and says when it is", () => {
    const f = facts({
      customers: [customer(1, 1)],
      contacts: [{ id: 5, customerId: 1, name: "Zhang Min", title: "CTO", birthdayMonth: 11, birthdayDay: 28 }],
    });
    const [item] = dueAt(f, "2026-11-27T01:00:00Z").due;
    expect(item?.key).toBe("birthday:contact-5:2026-11-28");
    expect(item?.sendAt.toISOString()).toBe("2026-11-27T01:00:00.000Z");
    expect(shown(item?.text)).toBe(":birthday: *Zhang Min* (CTO) at Customer 1 has a birthday on Sat 28 Nov.");
    expect(shown(item?.detail)).toContain("Happy birthday, Zhang!");
  });

  it("moves a follow-up landing on a holiday to the next working day and counts prep days around it", () => {
    const cal = calendarSettingsSchema.parse({ holidays: ["2026-12-01"] });
    const f = facts({
      customers: [
        customer(2, 2, { lastInteractionAt: new Date("2026-11-17T09:00:00Z") }), // every 14 days → Tue 1 Dec
        customer(4, 2, { tier: "strategic", lastAssessedOn: "2026-09-03" }), // due Thu 3 Dec → prep 3 working days before
      ],
    });
    const times = Object.fromEntries(dueAt(f, "2026-12-03T12:00:00Z", reminders, cal).due.map((i) => [i.key, i.sendAt.toISOString()]));
    expect(times).toEqual({
      "follow-up:customer-2:2026-12-01": "2026-12-02T08:00:00.000Z",
      "assessment:customer-4:2026-12-03": "2026-12-03T08:00:00.000Z",
    });
    // Thu 3 Dec minus 3 working days, skipping the Tuesday holiday: Fri 27 Nov.
    const prep = dueAt(f, "2026-11-27T08:00:00Z", reminders, cal).due;
    expect(prep.map((i) => `${i.key} ${i.sendAt.toISOString()}`)).toEqual([
      "assessment-prep:customer-4:2026-12-03 2026-11-27T08:00:00.000Z",
    ]);
    expect(shown(prep[0]?.text)).toBe(
      "*Prepare the data for the assessment of Customer 4* on Thu 3 Dec (strategic customer: every 3 months): orders, payments, surveys, interactions, complaints — due in 3 working days.",
    );
  });
});

describe("February 29 birthdays", () => {
  const leapling = facts({
    customers: [customer(1, 1)],
    contacts: [{ id: 9, customerId: 1, name: "Chen Jie", title: null, birthdayMonth: 2, birthdayDay: 29 }],
  });

  it("falls on Feb 28 in a common year, reminded on the working day before when that is a Sunday", () => {
    // 28 Feb 2027 is a Sunday → Friday 26 Feb, 09:00 Shanghai.
    expect(birthdaysOnly(leapling, "2027-02-25T23:59:00Z")).toEqual({});
    expect(birthdaysOnly(leapling, "2027-02-26T01:00:00Z")).toEqual({ "birthday:contact-9:2027-02-28": "2027-02-26T01:00:00.000Z" });
    expect(birthdaysOnly(leapling, "2028-02-29T01:00:00Z")).toEqual({ "birthday:contact-9:2028-02-29": "2028-02-29T01:00:00.000Z" });
  });

  it("can be configured to fall on Mar 1 instead", () => {
    const settings = reminderSettingsSchema.parse({ birthdays: { leapDayInCommonYears: "mar-01" } });
    expect(birthdaysOnly(leapling, "2027-03-01T01:00:00Z", settings)).toEqual({ "birthday:contact-9:2027-03-01": "2027-03-01T01:00:00.000Z" });
  });

  it("reports an impossible birthday and still computes the rest", () => {
    const f = facts({
      customers: [customer(1, 1)],
      contacts: [
        { id: 1, customerId: 1, name: "Bad Date", title: null, birthdayMonth: 2, birthdayDay: 30 },
        { id: 2, customerId: 1, name: "Good Date", title: null, birthdayMonth: 11, birthdayDay: 24 },
      ],
    });
    const result = dueAt(f, "2026-11-24T02:00:00Z");
    expect(result.due.map((i) => i.key)).toEqual(["birthday:contact-2:2026-11-24"]);
    expect(result.problems).toEqual([
      'contact "Bad Date" of C1: impossible birthday month 2 day 30 (expected e.g. month 2 day 29) — no birthday reminder',
    ]);
  });
});

describe("team channels", () => {
  it("sends what belongs to a configured channel there, timed by the owner's zone", () => {
    const settings = reminderSettingsSchema.parse({ channels: { "assessment-prep": "C0ASSESSTEAM" } });
    const f = facts({ customers: [customer(4, 2, { tier: "strategic", lastAssessedOn: "2026-09-03" })] });
    const items = computeDueItems(f, new Date("2026-11-30T08:00:00Z"), calendar, settings, minuteBefore("2026-11-30T08:00:00Z")).due;
    expect(items.map((i) => [i.key, i.recipient, i.sendAt.toISOString()])).toEqual([
      ["assessment-prep:customer-4:2026-12-03", "C0ASSESSTEAM", "2026-11-30T08:00:00.000Z"],
    ]);
  });
});

describe("bad data", () => {
  it("escapes roster text that would otherwise be read as Slack markup", () => {
    const f = facts({ customers: [customer(1, 1, { name: "R&D <Labs>", startedOn: "2025-11-24" })] });
    const [item] = dueAt(f, "2026-11-24T01:00:00Z").due.filter((i) => i.rule === "anniversary");
    expect(shown(item?.text)).toBe(":handshake: *R&amp;D &lt;Labs&gt;*: 1 year of partnership today.");
  });

  it("a record that makes a rule fail costs only its own reminders, and is reported", () => {
    const f = facts({
      customers: [customer(1, 1, { startedOn: "2025-13-45" }), customer(2, 2, { startedOn: "2025-11-24" })],
    });
    const result = dueAt(f, "2026-11-24T08:00:00Z");
    expect(result.due.filter((i) => i.rule === "anniversary").map((i) => i.key)).toEqual(["anniversary:customer-2:2026-11-24"]);
    expect(result.problems).toContain('customer C1: anniversaryItems failed: no such day: "2025-13-45"');
  });
});

describe("catch-up after downtime", () => {
  it("sends what came due in the last 3 days once, marked late, and only logs older items", () => {
    const f = facts({
      customers: [customer(1, 1)],
      contacts: [
        { id: 1, customerId: 1, name: "Two Days Ago", title: null, birthdayMonth: 11, birthdayDay: 24 },
        { id: 2, customerId: 1, name: "Five Days Ago", title: null, birthdayMonth: 11, birthdayDay: 19 },
      ],
    });
    // Down since Monday 23 Nov, back up on Thursday 26 Nov 10:00 Shanghai.
    const result = dueAt(f, "2026-11-26T02:00:00Z", reminders, calendar, new Date("2026-11-23T02:00:00Z"));
    expect(result.due.map((i) => [i.key, i.late])).toEqual([["birthday:contact-1:2026-11-24", true]]);
    expect(result.missed.map((i) => i.key)).toEqual(["birthday:contact-2:2026-11-19"]);
  });
});

describe("follow-up cadence", () => {
  const lastContact = new Date("2026-11-02T03:00:00Z"); // Mon 2 Nov, Shanghai
  it("is weekly for high-potential and onboarding customers, twice a month otherwise, monthly at least for fair", () => {
    const settings = reminderSettingsSchema.parse({ followUp: { normalEveryDays: 45 } });
    const f = facts({
      customers: [
        customer(1, 1, { highPotential: true, lastInteractionAt: lastContact }),
        customer(2, 1, { startedOn: "2026-10-01", lastInteractionAt: lastContact }),
        customer(3, 1, { lastInteractionAt: lastContact }),
        customer(4, 1, { latestGrade: "fair", lastInteractionAt: lastContact }),
      ],
    });
    const keys = computeDueItems(f, new Date("2026-12-02T02:00:00Z"), calendar, settings, minuteBefore("2026-12-02T02:00:00Z"))
      .due.filter((i) => i.rule === "follow-up")
      .map((i) => i.key)
      .sort();
    // Weekly: only the latest weekly occurrence (30 Nov) is still within catch-up; 45 days → 17 Dec, not yet; fair → 30 days → 2 Dec.
    expect(keys).toEqual(["follow-up:customer-1:2026-11-30", "follow-up:customer-2:2026-11-30", "follow-up:customer-4:2026-12-02"]);
  });
});

describe("improvement actions", () => {
  const f = facts({
    customers: [customer(2, 2)],
    actions: [{ id: 3, customerId: 2, problem: "Fix invoice errors", ownerId: 2, deadline: "2026-11-30" }],
  });
  it("reminds 3 working days before the deadline and flags it daily once overdue", () => {
    expect(sendTimes(f, "2026-11-25T08:00:00Z")).toEqual({ "action-due:action-3:2026-11-30": "2026-11-25T08:00:00.000Z" });
    const overdue = dueAt(f, "2026-12-02T08:30:00Z").due.filter((i) => i.rule === "action-overdue");
    // Only the latest flag that has come: Wednesday's supersedes Tuesday's; before 09:00 it is still Tuesday's.
    expect(overdue.map((i) => [i.key, i.sendAt.toISOString()])).toEqual([["action-overdue:action-3:2026-12-02", "2026-12-02T08:00:00.000Z"]]);
    expect(dueAt(f, "2026-12-02T07:59:00Z").due.filter((i) => i.rule === "action-overdue").map((i) => i.key)).toEqual([
      "action-overdue:action-3:2026-12-01",
    ]);
    expect(overdue[0]?.done).toEqual({ kind: "complete-action", actionId: 3 });
  });
});

describe("anniversaries and assessment triggers", () => {
  it("greets the 1st anniversary with the years and makes an assessment due with its data preparation", () => {
    const f = facts({ customers: [customer(1, 1, { startedOn: "2025-12-03", lastAssessedOn: "2026-11-01" })] });
    const at = (iso: string) => dueAt(f, iso).due.map((i) => `${i.key} ${i.sendAt.toISOString()}`).sort();
    expect(at("2026-12-03T01:00:00Z")).toEqual([
      "anniversary:customer-1:2026-12-03 2026-12-03T01:00:00.000Z",
      "assessment-prep:customer-1:2026-12-03 2026-11-30T01:00:00.000Z",
      "assessment:customer-1:2026-12-03 2026-12-03T01:00:00.000Z",
    ]);
    expect(shown(dueAt(f, "2026-12-03T01:00:00Z").due.find((i) => i.rule === "anniversary")?.text)).toBe(
      ":handshake: *Customer 1*: 1 year of partnership today.",
    );
  });

  it("suggests an extra assessment when last month's orders fall more than 20 % below the 3 before", () => {
    const f = facts({
      customers: [
        customer(1, 1, { monthlyOrderTotals: [100, 100, 100, 79] }),
        customer(2, 1, { monthlyOrderTotals: [100, 100, 100, 80] }),
      ],
    });
    const items = dueAt(f, "2026-12-01T01:00:00Z").due.filter((i) => i.rule === "assessment-anomaly");
    expect(items.map((i) => i.key)).toEqual(["assessment-anomaly:customer-1:orders-2026-12"]);
    expect(shown(items[0]?.text)).toContain("21 % below");
  });
});

describe("digest order", () => {
  it("puts the most urgent first, late before on-time, and splits long digests", () => {
    const entry = (key: string, urgency: number, late = false, at = "2026-11-24T01:00:00Z") => ({ key, urgency, late, dueAt: new Date(at) });
    const messages = orderDigest(
      [entry("follow-up:a", 70), entry("birthday:b", 20), entry("action-overdue:c", 10), entry("follow-up:d", 70, true), entry("birthday:e", 20, false, "2026-11-23T01:00:00Z")],
      3,
    );
    expect(messages.map((m) => m.map((e) => e.key))).toEqual([
      ["action-overdue:c", "birthday:e", "birthday:b"],
      ["follow-up:d", "follow-up:a"],
    ]);
  });
});
