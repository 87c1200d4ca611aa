import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { type SeededRoster, seedReminderRoster } from "../reminders/seed-reminder-roster.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const clock = new ManualClock(new Date("2026-11-23T00:00:00Z"));
const settings = teamSettingsSchema.parse({});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: SeededRoster;
const sent: Array<{ at: string; channel: string; keys: string[]; text: string }> = [];

beforeAll(async () => {
  roster = await seedReminderRoster(t.db);
  await withActor(t.db, "cli:test", async (tx) => {
    const { shanghai, berlin, la } = roster.people;
    // Li Wei (Shanghai) is away on Tuesday 24 with Anna (Berlin) as deputy.
    await tx.absence.create({ data: { personId: shanghai, startsOn: new Date("2026-11-24"), endsOn: new Date("2026-11-24"), deputyId: berlin } });
    // Anna is away on Wednesday 25, without a deputy, but BAUER names Li Wei its deputy owner.
    await tx.absence.create({ data: { personId: berlin, startsOn: new Date("2026-11-25"), endsOn: new Date("2026-11-25") } });
    await tx.customer.update({ where: { id: roster.customers.BAUER }, data: { deputyOwnerId: shanghai } });
    // Sam (Los Angeles) is away Wednesday to Friday with nobody covering.
    await tx.absence.create({ data: { personId: la, startsOn: new Date("2026-11-25"), endsOn: new Date("2026-11-27") } });
  });
  steward = await startTestSteward({ db: t.db, clock, settings });
  steward.fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    const keys = (call.args.metadata as { event_payload: { keys: string[] } }).event_payload.keys;
    sent.push({ at: clock.now().toISOString(), channel: String(call.args.channel), keys: [...keys].sort(), text: JSON.stringify(call.args.blocks) });
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

describe("reminders while their person is away", () => {
  it("sends the away person's birthday reminder to their deputy, in the deputy's own 09:00 digest, marked covering for", async () => {
    expect(await digestsUntil("2026-11-25T00:00:00Z")).toEqual([
      // Nothing for Li Wei at 09:00 Shanghai; Anna gets Zhang's birthday with her own Klaus at 09:00 Berlin, one message.
      `2026-11-24T08:00:00.000Z U_BERLIN ${[`birthday:contact-${roster.contacts.klaus}:2026-11-24`, `birthday:contact-${roster.contacts.zhang}:2026-11-24`].sort().join(" ")}`,
      `2026-11-24T17:00:00.000Z U_LA birthday:contact-${roster.contacts.maria}:2026-11-24`,
    ]);
    const digest = sent.find((s) => s.keys.includes(`birthday:contact-${roster.contacts.zhang}:2026-11-24`))!;
    expect(digest.text).toContain("_(covering for Li Wei)_");
    expect(digest.text.match(/covering for/g)).toHaveLength(1);
  });

  it("sends a customer's reminder to its deputy owner before the owner's own deputy, and holds one nobody covers", async () => {
    expect(await digestsUntil("2026-11-26T00:00:00Z")).toEqual([
      `2026-11-25T01:00:00.000Z U_SHANGHAI action-due:action-${roster.actionId}:2026-11-30`,
      // BAUER's data preparation (Anna, away) reaches Li Wei, BAUER's deputy owner, at 16:00 Shanghai.
      `2026-11-25T08:00:00.000Z U_SHANGHAI assessment-prep:customer-${roster.customers.BAUER}:2026-11-30`,
      // Sam's follow-up is not sent while Sam is away and nobody covers.
    ]);
    const prep = sent.find((s) => s.keys[0]?.startsWith("assessment-prep:"))!;
    expect(prep.text).toContain("_(covering for Anna Schmidt)_");
  });

  it("delivers the held reminder on the first working day back, at 09:00 in the person's zone, once", async () => {
    expect(await digestsUntil("2026-11-30T00:00:00Z")).toEqual([
      `2026-11-27T08:00:00.000Z U_BERLIN birthday:contact-${roster.contacts.greta}:2026-11-28`,
    ]);
    const monday = await digestsUntil("2026-12-01T00:00:00Z");
    expect(monday).toEqual([
      `2026-11-30T08:00:00.000Z U_BERLIN assessment:customer-${roster.customers.BAUER}:2026-11-30`,
      `2026-11-30T17:00:00.000Z U_LA follow-up:customer-${roster.customers.LAXCO}:2026-11-25`,
    ]);
    expect(sent.find((s) => s.keys[0]?.startsWith("follow-up:"))!.text).toContain("_(came due while you were away)_");
    // Each item reached exactly one person exactly once.
    const all = sent.flatMap((s) => s.keys);
    expect(new Set(all).size).toBe(all.length);
    expect(await t.db.prisma.delivery.count({ where: { key: `birthday:contact-${roster.contacts.zhang}:2026-11-24` } })).toBe(1);
  });
});
