import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar/add-days.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { isWorkingDay } from "../../src/domain/calendar/is-working-day.js";
import { wallClock } from "../../src/domain/calendar/wall-clock.js";
import { computeDueItems } from "../../src/domain/reminders/compute-due-items.js";
import type { ReminderFacts } from "../../src/domain/reminders/reminder-facts.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { customer, facts } from "./reminder-facts-fixture.js";
import { renderMrkdwn } from "../../src/slack/render/render-mrkdwn.js";
import type { Inline } from "../../src/domain/messages/message.js";

/** An item's neutral text as Slack shows it: the rules' wording is checked as people read it. */
const shown = (text: Inline | null | undefined) => (text == null ? text : renderMrkdwn(text));

const calendar = calendarSettingsSchema.parse({});
const reminders = reminderSettingsSchema.parse({});

/** The rules at `iso` as the every-minute tick runs them (the previous evaluation a minute before), unless told otherwise. */
function dueAt(f: ReminderFacts, iso: string, options: { settings?: typeof reminders; lastEvaluatedAt?: Date | null } = {}) {
  const now = new Date(iso);
  const last = options.lastEvaluatedAt === undefined ? new Date(now.getTime() - 60_000) : options.lastEvaluatedAt;
  return computeDueItems(f, now, calendar, options.settings ?? reminders, last);
}
const anomalies = (f: ReminderFacts, iso: string, settings = reminders) =>
  dueAt(f, iso, { settings }).due.filter((i) => i.rule === "assessment-anomaly").map((i) => `${i.key} ${i.sendAt.toISOString()}`);

/** Customer 1 (owner in Shanghai) had no complaint for months; two came in, the latest at `latest`. */
const complaintRise = (latest: string, lastAssessedOn = "2026-09-01") =>
  facts({
    customers: [customer(1, 1, { complaintsRecent: 2, complaintsBaseline: 0, latestComplaintAt: new Date(latest), lastAssessedOn })],
  });

describe("an extra assessment suggested by a rise in complaints", () => {
  it("waits for the owner's next 09:00 digest: no DM at 22:30 or 01:00 after a complaint filed at 22:05", () => {
    // Tuesday 24 Nov 22:05 in Shanghai
    const f = complaintRise("2026-11-24T14:05:00Z");
    for (const at of ["2026-11-24T14:05:00Z", "2026-11-24T14:30:00Z", "2026-11-24T17:00:00Z", "2026-11-25T00:59:00Z"]) {
      expect(anomalies(f, at), at).toEqual([]);
    }
    expect(anomalies(f, "2026-11-25T01:00:00Z")).toEqual(["assessment-anomaly:customer-1:complaints-2026-11 2026-11-25T01:00:00.000Z"]);
  });

  it("a complaint filed on Friday night is in Monday's digest; one filed at 08:30 in that morning's", () => {
    const friday = complaintRise("2026-11-27T14:05:00Z");
    expect(anomalies(friday, "2026-11-28T01:00:00Z")).toEqual([]);
    expect(anomalies(friday, "2026-11-30T01:00:00Z")).toEqual(["assessment-anomaly:customer-1:complaints-2026-11 2026-11-30T01:00:00.000Z"]);
    const morning = complaintRise("2026-11-25T00:30:00Z");
    expect(anomalies(morning, "2026-11-25T01:00:00Z")).toEqual(["assessment-anomaly:customer-1:complaints-2026-11 2026-11-25T01:00:00.000Z"]);
  });

  it("is not suggested within 30 days of a recorded assessment, nor the day one was recorded", () => {
    const morning = "2026-11-25T01:00:00Z";
    expect(anomalies(complaintRise("2026-11-24T14:05:00Z", "2026-11-24"), morning)).toEqual([]);
    expect(anomalies(complaintRise("2026-11-24T14:05:00Z", "2026-10-27"), morning)).toEqual([]); // 29 days before
    expect(anomalies(complaintRise("2026-11-24T14:05:00Z", "2026-10-26"), morning)).toHaveLength(1); // 30 days before
    // the quiet period is a setting
    const none = reminderSettingsSchema.parse({ assessments: { extraQuietDays: 0 } });
    expect(anomalies(complaintRise("2026-11-24T14:05:00Z", "2026-11-24"), morning, none)).toHaveLength(1);
  });

  it("the quiet period also holds back an order-drop suggestion and an anniversary's assessment", () => {
    const drop = facts({ customers: [customer(1, 1, { monthlyOrderTotals: [100, 100, 100, 50], lastAssessedOn: "2026-11-20" })] });
    expect(anomalies(drop, "2026-12-01T01:00:00Z")).toEqual([]);
    const anniversary = facts({ customers: [customer(1, 1, { startedOn: "2025-12-03", lastAssessedOn: "2026-11-20" })] });
    const rules = (iso: string) => dueAt(anniversary, iso).due.map((i) => i.rule);
    expect(rules("2026-11-30T01:00:00Z")).toEqual([]);
    // the greeting itself is still due
    expect(rules("2026-12-03T01:00:00Z")).toEqual(["anniversary"]);
  });
});

describe("an assessment whose cadence date is not a working day", () => {
  // Strategic, assessed 28 Aug: due 28 Nov, a Saturday. The assessment is on Monday 30 Nov.
  const f = facts({ customers: [customer(4, 2, { tier: "strategic", lastAssessedOn: "2026-08-28" })] });

  it("names the working day and prepares its data 3 working days before it, on a working day", () => {
    const prep = dueAt(f, "2026-11-25T08:00:00Z").due.find((i) => i.rule === "assessment-prep");
    expect(shown(prep?.text)).toBe(
      "*Prepare the data for the assessment of Customer 4* on Mon 30 Nov (strategic customer: every 3 months): orders, payments, surveys, interactions, complaints — due in 3 working days.",
    );
    // Wednesday 25 Nov 09:00 in Berlin
    expect(prep?.sendAt.toISOString()).toBe("2026-11-25T08:00:00.000Z");
    const due = dueAt(f, "2026-11-30T08:00:00Z").due.find((i) => i.rule === "assessment");
    expect([due?.key, due?.sendAt.toISOString()]).toEqual(["assessment:customer-4:2026-11-28", "2026-11-30T08:00:00.000Z"]);
    const overdue = dueAt(f, "2026-12-07T08:00:00Z").due.find((i) => i.rule === "assessment");
    expect(shown(overdue?.text)).toContain("overdue since Mon 30 Nov");
  });

  it("with no preparation days, prepares on the working day itself, not on the Saturday", () => {
    const settings = reminderSettingsSchema.parse({ assessments: { prepWorkingDaysBefore: 0 } });
    const prep = dueAt(f, "2026-11-30T08:00:00Z", { settings }).due.find((i) => i.rule === "assessment-prep");
    expect(shown(prep?.text)).toContain("on Mon 30 Nov");
  });

  it("every preparation date and every date a reminder names is a working day, over a whole quarter of cadence dates", () => {
    const holidays = calendarSettingsSchema.parse({ holidays: ["2026-12-24", "2026-12-25", "2027-01-01"] });
    for (let day = 0; day < 92; day += 1) {
      const assessedOn = addDays("2026-09-01", day);
      const one = facts({ customers: [customer(4, 2, { tier: "strategic", lastAssessedOn: assessedOn })] });
      // a moment after the cadence date: the preparation is in the look-back, due or missed
      const now = new Date(`${addDays(assessedOn, 95)}T12:00:00Z`);
      const result = computeDueItems(one, now, holidays, reminders, new Date(now.getTime() - 60_000));
      const preps = [...result.due, ...result.missed].filter((i) => i.rule === "assessment-prep");
      expect(preps.length, assessedOn).toBe(1);
      const prep = preps[0]!;
      expect(isWorkingDay(wallClock(prep.sendAt, "Europe/Berlin").date, holidays), `${assessedOn}: ${prep.sendAt.toISOString()}`).toBe(true);
      const named = /on (\w{3}) (\d+) (\w{3})/.exec(shown(prep.text)!)![1];
      expect(["Mon", "Tue", "Wed", "Thu", "Fri"], `${assessedOn}: ${shown(prep.text)}`).toContain(named);
    }
  });
});

describe("what came due before now", () => {
  const f = facts({
    customers: [customer(1, 1)],
    contacts: [
      { id: 1, customerId: 1, name: "Two Days Ago", title: null, birthdayMonth: 11, birthdayDay: 24 },
      { id: 2, customerId: 1, name: "Five Days Ago", title: null, birthdayMonth: 11, birthdayDay: 19 },
    ],
  });
  // Thursday 26 Nov 10:00 in Shanghai
  const now = "2026-11-26T02:00:00Z";
  const timing = (result: ReturnType<typeof dueAt>) => result.due.map((i) => [i.key, i.late, i.deliverAt.toISOString()]);

  it("on a first start (the rules never ran on this roster) goes into the next digest, not flagged late", () => {
    const result = dueAt(f, now, { lastEvaluatedAt: null });
    expect(result.firstEvaluation).toBe(true);
    // Friday 27 Nov 09:00 in Shanghai
    expect(timing(result)).toEqual([["birthday:contact-1:2026-11-24", false, "2026-11-27T01:00:00.000Z"]]);
    expect(result.missed.map((i) => i.key)).toEqual(["birthday:contact-2:2026-11-19"]);
  });

  it("after real downtime (the rules ran before, then stopped) is sent at once, marked late", () => {
    const result = dueAt(f, now, { lastEvaluatedAt: new Date("2026-11-23T02:00:00Z") });
    expect(result.firstEvaluation).toBe(false);
    expect(timing(result)).toEqual([["birthday:contact-1:2026-11-24", true, now.replace("Z", ".000Z")]]);
  });

  it("when new data dates it in the past while the rules kept running (an import), goes into the next digest, not late", () => {
    expect(timing(dueAt(f, now))).toEqual([["birthday:contact-1:2026-11-24", false, "2026-11-27T01:00:00.000Z"]]);
  });
});
