import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/console/fake-slack-api.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { returnSummaryJob } from "../../src/scheduler/jobs/return-summary-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { type AwayRoster, seedAwayRoster } from "./seed-away-roster.js";

const t = useTestDatabase();
const clock = new ManualClock(new Date("2026-12-18T12:00:00Z"));
const settings = teamSettingsSchema.parse({});
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let roster: AwayRoster;
const sent: Array<{ at: string; channel: string; text: string; blocks: string }> = [];

const startScheduler = (): Scheduler =>
  createScheduler({ db: t.db, settings, logger: quiet, jobs: [returnSummaryJob()], ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) } });

beforeAll(async () => {
  roster = await seedAwayRoster(t.db);
  await withActor(t.db, "cli:test", async (tx) => {
    const { lukas, priya } = roster.people;
    const acme = roster.customers.ACME;
    // Lukas (Berlin) is away Monday 14 to Friday 18 December; Priya covers.
    await tx.absence.create({ data: { personId: lukas, startsOn: new Date("2026-12-14"), endsOn: new Date("2026-12-18"), deputyId: priya } });
    await tx.complaint.create({ data: { customerId: acme, class: "general", category: "billing", description: "Invoice twice", openedAt: new Date("2026-12-15T09:00:00Z"), tierSince: new Date("2026-12-15T09:00:00Z"), status: "resolved", resolvedAt: new Date("2026-12-17T10:00:00Z") } });
    // Filed before the absence: not counted.
    await tx.complaint.create({ data: { customerId: acme, class: "general", category: "billing", description: "Older", openedAt: new Date("2026-12-10T09:00:00Z"), tierSince: new Date("2026-12-10T09:00:00Z") } });
    await tx.assessment.create({ data: { customerId: acme, assessedOn: new Date("2026-12-16"), grade: "good", snapshot: {}, createdAt: new Date("2026-12-16T11:00:00Z") } });
    for (const [day, done] of [["2026-12-15", true], ["2026-12-16", false]] as const) {
      const key = `follow-up:customer-${acme}:${day}`;
      await tx.delivery.create({ data: { key, rule: "follow-up", customerId: acme, recipient: "U0PRIYA", dueAt: new Date(`${day}T08:00:00Z`), status: "sent", payload: { text: "x", digest: { itemKey: key, urgency: 1 } } } });
      if (done) await tx.reminderState.create({ data: { itemKey: key, doneAt: new Date(`${day}T09:00:00Z`), doneBy: "U0PRIYA" } });
    }
  });
  steward = await startTestSteward({ db: t.db, clock, settings });
  steward.fake.on("call", (call: RecordedCall) => {
    if (call.method !== "chat.postMessage") return;
    sent.push({ at: clock.now().toISOString(), channel: String(call.args.channel), text: String(call.args.text), blocks: JSON.stringify(call.args.blocks) });
  });
});
afterAll(async () => {
  await steward?.stop();
});

describe("the return summary", () => {
  it("arrives once, at 09:00 Berlin on the first working day back, and not again after a restart", async () => {
    const first = startScheduler();
    await first.advanceTo(new Date("2026-12-21T07:59:00Z"), clock);
    expect(sent).toEqual([]);
    await first.advanceTo(new Date("2026-12-21T08:30:00Z"), clock);
    await first.stop();
    expect(sent.map((s) => `${s.at} ${s.channel}`)).toEqual(["2026-12-21T08:00:00.000Z U0LUKAS"]);
    expect(sent[0]!.text).toBe("Welcome back, Lukas Meyer: what happened to your customers while you were away (2026-12-14 – 2026-12-18)");
    expect(sent[0]!.blocks).toContain("*ACME* ACME Ltd: 1 complaint filed, 1 resolved; 2 reminders went to Priya Shah (1 done); 1 assessment recorded.");

    const second = startScheduler();
    await second.advanceTo(new Date("2026-12-22T09:00:00Z"), clock);
    await second.stop();
    expect(sent).toHaveLength(1);
    expect(await t.db.prisma.delivery.count({ where: { rule: "return-summary" } })).toBe(1);
  });
});
