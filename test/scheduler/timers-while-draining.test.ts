import { afterAll, beforeAll, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { createComplaint } from "../../src/db/complaints/create-complaint.js";
import { withActor } from "../../src/db/with-actor.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { ComplaintCase } from "../../src/domain/complaints/complaint-case.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { createScheduler } from "../../src/scheduler/create-scheduler.js";
import { enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
// A Tuesday, 10:00 in Shanghai: the urgent case's first response is due two hours after it was opened.
const OPENED = new Date("2026-11-24T02:00:00.000Z");
const DEADLINE = new Date("2026-11-24T04:00:00.000Z");

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

async function fileUrgentCase(customerId: number, departmentId: number): Promise<number> {
  const draft: ComplaintCase = { id: 0, class: "urgent", category: "technical", status: "open", tier: 1, version: 0, openedAt: OPENED, tierSince: OPENED, acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null };
  const settings = complaintSettingsSchema.parse({});
  const calendar = teamWorkingDayCalendar(calendarSettingsSchema.parse({}));
  return withActor(t.db, "U_FRONT", (tx) =>
    createComplaint(tx, {
      customerId, class: "urgent", category: "technical", description: "Line 3 stopped", source: "phone", sourcePermalink: null,
      leadDepartmentId: departmentId, cooperatingDepartmentIds: [], openedBy: "U_FRONT", openedAt: OPENED,
      nextCheckAt: nextComplaintCheck(draft, OPENED, settings, calendar),
    }),
  );
}

// On a server the timers and a stuck post each hold their own pooled connection; the embedded store is
// one connection for the whole process (its transactions queue behind one another), so what this test
// times — an escalation decided while a post hangs — is a server's promise (replicas run on a server).
describeWithServer("the scheduler's timers do not wait for deliveries", () => {
  it("escalates a breached case at its tick while a slow Slack holds the delivery loop", async () => {
    const roster = await seedComplaintRoster(t.db);
    const id = await fileUrgentCase(roster.customerId, roster.supportDepartmentId);
    await withActor(t.db, "steward", (tx) =>
      enqueueDeliveries(tx, [{ key: "test-digest:U_BUSY:2026-11-24", rule: "test-digest", recipient: "U_BUSY", dueAt: OPENED, payload: { text: "a big digest" } }]),
    );
    // Slack takes twelve seconds to answer the digest's post: the delivery loop is stuck in it (far longer
    // than the 4 s the escalation may take, so a loaded machine cannot let the post finish first).
    fake.failNext("chat.postMessage", { delayMs: 6_000 });
    const clock = new ManualClock(new Date(DEADLINE.getTime() - 60_000));
    const scheduler = createScheduler({
      db: t.db,
      settings: teamSettingsSchema.parse({}),
      logger: quiet,
      jobs: [complaintEscalationJob()],
      ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
      jobsEverySeconds: 1,
    });
    try {
      scheduler.start(clock);
      await waitFor("the digest's post to be under way", async () => (await t.db.prisma.delivery.findUnique({ where: { key: "test-digest:U_BUSY:2026-11-24" } }))?.status === "claimed");
      const tier = async () => (await t.db.prisma.complaint.findUniqueOrThrow({ where: { id } })).tier;
      expect(await tier()).toBe(1);
      // The deadline passes while the post still hangs.
      clock.set(new Date(DEADLINE.getTime() + 1_000));
      const startedWaiting = Date.now();
      await waitFor("the case to be escalated", async () => (await tier()) === 2, 4_000);
      // Decided within a couple of job runs, not after the stuck delivery: that one is still unanswered.
      expect(Date.now() - startedWaiting).toBeLessThan(4_000);
      expect(fake.callsTo("chat.postMessage").filter((call) => call.args.channel === "U_BUSY")).toHaveLength(0);
      expect((await t.db.prisma.delivery.findUnique({ where: { key: "test-digest:U_BUSY:2026-11-24" } }))?.status).toBe("claimed");
      expect(await t.db.prisma.delivery.count({ where: { rule: { startsWith: "complaint" } } })).toBeGreaterThan(0);
    } finally {
      await scheduler.stop();
    }
  }, 30_000);
});
