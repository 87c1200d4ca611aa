import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { REMINDER_ACTIONS } from "../../src/domain/reminders/reminder-actions.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { type SeededRoster, seedReminderRoster } from "./seed-reminder-roster.js";

const t = useTestDatabase();
const clock = new ManualClock(new Date("2026-11-23T00:00:00Z"));
const settings = teamSettingsSchema.parse({});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: SeededRoster;
const sent: Array<{ at: string; channel: string; keys: string[]; call: RecordedCall }> = [];

beforeAll(async () => {
  roster = await seedReminderRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock, settings });
  steward.fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    sent.push({ at: clock.now().toISOString(), channel: String(call.args.channel), keys, call });
  });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [createRemindersJob()],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

const digestsUntil = async (iso: string) => {
  const from = sent.length;
  await scheduler.advanceTo(new Date(iso), clock);
  return sent.slice(from).map((s) => `${s.at} ${s.channel} ${s.keys.join(" ")}`);
};

describe("a week of reminders for owners in Shanghai, Berlin and Los Angeles", () => {
  it("sends each owner's birthday digest at 09:00 in their own zone on Tuesday", async () => {
    expect(await digestsUntil("2026-11-24T00:00:00Z")).toEqual([]);
    expect(await digestsUntil("2026-11-25T00:00:00Z")).toEqual([
      `2026-11-24T01:00:00.000Z U_SHANGHAI birthday:contact-${roster.contacts.zhang}:2026-11-24`,
      `2026-11-24T08:00:00.000Z U_BERLIN birthday:contact-${roster.contacts.klaus}:2026-11-24`,
      `2026-11-24T17:00:00.000Z U_LA birthday:contact-${roster.contacts.maria}:2026-11-24`,
    ]);
  });

  it("sends Wednesday's deadline reminder, assessment data preparation and weekly follow-up at 09:00 local", async () => {
    expect(await digestsUntil("2026-11-26T00:00:00Z")).toEqual([
      `2026-11-25T01:00:00.000Z U_SHANGHAI action-due:action-${roster.actionId}:2026-11-30`,
      `2026-11-25T08:00:00.000Z U_BERLIN assessment-prep:customer-${roster.customers.BAUER}:2026-11-30`,
      `2026-11-25T17:00:00.000Z U_LA follow-up:customer-${roster.customers.LAXCO}:2026-11-25`,
    ]);
  });

  it("reminds of a Saturday birthday on Friday, sends nothing at the weekend, and flags Monday's deadline", async () => {
    expect(await digestsUntil("2026-11-30T00:00:00Z")).toEqual([
      `2026-11-27T08:00:00.000Z U_BERLIN birthday:contact-${roster.contacts.greta}:2026-11-28`,
    ]);
    const monday = await digestsUntil("2026-12-01T00:00:00Z");
    expect(monday).toEqual([
      `2026-11-30T08:00:00.000Z U_BERLIN assessment:customer-${roster.customers.BAUER}:2026-11-30`,
    ]);
  });

  it("refuses Done from someone else and from someone not on the roster, changing nothing", async () => {
    const birthday = sent.find((s) => s.keys[0]?.startsWith(`birthday:contact-${roster.contacts.zhang}:`))!;
    const key = birthday.keys[0]!;
    for (const [userId, refusal] of [
      ["U_BERLIN", "This reminder was sent to <@U_SHANGHAI>; only they or an admin can act on it. Nothing was changed."],
      ["U_STRANGER", "Only people on Steward's roster can act on reminders — ask your Steward admin to add you. Nothing was changed."],
    ] as const) {
      const before = steward.fake.callsTo("response_url").length;
      await steward.client.blockAction({
        userId,
        actionId: REMINDER_ACTIONS.done,
        value: JSON.stringify({ k: key }),
        blockId: `reminder-actions:${key}`,
        channelId: String(birthday.call.result?.channel),
        messageTs: String(birthday.call.result?.ts),
      });
      const reply = await waitFor("the refusal", () => steward.fake.callsTo("response_url")[before]);
      expect(reply.args.text).toBe(refusal);
    }
    expect(await t.db.prisma.reminderState.findUnique({ where: { itemKey: key } })).toBeNull();
    expect(await t.db.prisma.interaction.count({ where: { customerId: roster.customers.ACME, kind: "greeting" } })).toBe(0);
  });

  it("Done logs the greeting as the presser; a second press, on another replica, changes nothing", async () => {
    const birthday = sent.find((s) => s.keys[0]?.startsWith(`birthday:contact-${roster.contacts.zhang}:`))!;
    const key = birthday.keys[0]!;
    const press = (on: TestSteward = steward) =>
      on.client.blockAction({
        userId: "U_SHANGHAI",
        actionId: REMINDER_ACTIONS.done,
        value: JSON.stringify({ k: key }),
        blockId: `reminder-actions:${key}`,
        channelId: String(birthday.call.result?.channel),
        messageTs: String(birthday.call.result?.ts),
      });
    await press();
    const updated = await waitFor("the digest to show Done", () =>
      steward.fake.callsTo("chat.update").find((c) => c.args.ts === birthday.call.result?.ts),
    );
    expect(JSON.stringify(updated.args.blocks)).toContain("Done by <@U_SHANGHAI>");
    const greetings = await t.db.prisma.interaction.findMany({ where: { customerId: roster.customers.ACME, kind: "greeting" } });
    expect(greetings).toEqual([expect.objectContaining({ authorId: roster.people.shanghai, summary: "Birthday greeting to Zhang Min" })]);
    // Another replica (its own Bolt app, same database) knows it is done: nothing lives in memory.
    const replica = await startTestSteward({ db: t.db, clock, settings });
    try {
      await press(replica);
      const reply = await waitFor("the already-done reply", () => replica.fake.callsTo("response_url")[0]);
      expect(reply.args.text).toBe("Already done by <@U_SHANGHAI> at Tue 1 Dec 08:00 — nothing changed.");
    } finally {
      await replica.stop();
    }
    expect(await t.db.prisma.interaction.count({ where: { customerId: roster.customers.ACME, kind: "greeting" } })).toBe(1);
  });

  it("Snooze 1 day brings the item back the next working day, once", async () => {
    const assessment = sent.find((s) => s.keys[0]?.startsWith("assessment:"))!;
    const key = assessment.keys[0]!;
    clock.set(new Date("2026-11-30T10:00:00Z")); // Monday 11:00 Berlin
    await steward.client.blockAction({
      userId: "U_BERLIN",
      actionId: REMINDER_ACTIONS.snooze,
      selectedOption: { value: JSON.stringify({ k: key, d: 1 }) },
      blockId: `reminder-actions:${key}`,
      channelId: String(assessment.call.result?.channel),
      messageTs: String(assessment.call.result?.ts),
    });
    await waitFor("the snooze to be recorded", async () =>
      (await t.db.prisma.reminderState.findUnique({ where: { itemKey: key } }))?.snoozedUntil ?? undefined,
    );
    // The same item snoozed again before it is back (a press arriving twice, another copy): nothing more.
    const replies = steward.fake.callsTo("response_url").length;
    await steward.client.blockAction({
      userId: "U_BERLIN",
      actionId: REMINDER_ACTIONS.snooze,
      selectedOption: { value: JSON.stringify({ k: key, d: 7 }) },
      blockId: `reminder-actions:${key}`,
      channelId: String(assessment.call.result?.channel),
      messageTs: String(assessment.call.result?.ts),
    });
    const reply = await waitFor("the already-snoozed reply", () => steward.fake.callsTo("response_url")[replies]);
    expect(reply.args.text).toBe("Already snoozed by <@U_BERLIN> until Tue 1 Dec 11:00 — nothing changed.");
    expect(await t.db.prisma.delivery.count({ where: { key: { startsWith: `${key}#snooze@` } } })).toBe(1);
    const back = await digestsUntil("2026-12-02T00:00:00Z");
    expect(back.filter((line) => line.includes(key))).toEqual([`2026-12-01T10:00:00.000Z U_BERLIN ${key}#snooze@2026-12-01T10:00:00.000Z`]);
  });

  it("after 2 days down, sends what came due meanwhile once, marked late, within working hours — only the latest of a series", async () => {
    clock.set(new Date("2026-12-04T02:00:00Z")); // Friday 10:00 Shanghai; Thursday 18:00 in Los Angeles, after hours
    let from = sent.length;
    await scheduler.tick(clock.now());
    expect(sent.slice(from).map((s) => `${s.at} ${s.channel} ${s.keys.join(" ")}`)).toEqual([
      `2026-12-04T02:00:00.000Z U_SHANGHAI action-overdue:action-${roster.actionId}:2026-12-04`,
    ]);
    // A second replica (or a restart) ticking at the same moment sends nothing more.
    await scheduler.tick(clock.now());
    expect(sent.length).toBe(from + 1);
    // Wednesday's missed follow-up waits for Friday 09:00 in Los Angeles, and says it is late.
    from = sent.length;
    clock.set(new Date("2026-12-04T16:59:00Z"));
    await scheduler.tick(clock.now());
    // (Berlin's fortnightly follow-up came due at 09:00 there while this test skipped ticks: sent now, late.)
    expect(sent.slice(from).map((s) => `${s.at} ${s.channel} ${s.keys.join(" ")}`)).toEqual([
      `2026-12-04T16:59:00.000Z U_BERLIN follow-up:customer-${roster.customers.BAUER}:2026-12-04`,
    ]);
    from = sent.length;
    clock.set(new Date("2026-12-04T17:00:00Z"));
    await scheduler.tick(clock.now());
    const la = sent.slice(from);
    expect(la.map((s) => `${s.at} ${s.channel} ${s.keys.join(" ")}`)).toEqual([
      `2026-12-04T17:00:00.000Z U_LA follow-up:customer-${roster.customers.LAXCO}:2026-12-02`,
    ]);
    expect(la[0]!.call.args.text).toBe(
      "1 reminder for you\n• *Follow up with LAXCO Ltd* — high-potential: every 7 days (last contact Wed 18 Nov). _(late: was due Wed 2 Dec 09:00)_",
    );
    expect(JSON.stringify(la[0]!.call.args.blocks)).toContain("came due while Steward was offline");
  });

  it("after a longer outage, items beyond the 3-day catch-up window are logged as skipped, not sent", async () => {
    clock.set(new Date("2026-12-12T02:00:00Z")); // Saturday: nothing may be sent at the weekend anyway
    const from = sent.length;
    await scheduler.tick(clock.now());
    expect(sent.length).toBe(from);
    const skipped = await t.db.prisma.delivery.findMany({ where: { status: "skipped" }, orderBy: { key: "asc" } });
    // Monday's overdue-assessment nag is beyond the window: logged, never sent.
    expect(skipped.map((row) => [row.key, row.lastError])).toEqual([
      [`assessment:customer-${roster.customers.BAUER}:2026-12-07`, "missed: came due more than 3 days before 2026-12-12T02:00:00.000Z (catch-up window 3 days) — not sent"],
    ]);
    // What is within the window waits for Monday 09:00 in each owner's zone, marked late.
    const waiting = await t.db.prisma.delivery.findMany({ where: { status: "pending" }, orderBy: { key: "asc" } });
    expect(waiting.map((row) => [row.key, row.dueAt.toISOString(), row.late])).toEqual([
      [`action-overdue:action-${roster.actionId}:2026-12-11`, "2026-12-14T01:00:00.000Z", true],
      [`follow-up:customer-${roster.customers.LAXCO}:2026-12-09`, "2026-12-14T17:00:00.000Z", true],
    ]);
  });
});
