import type { DeliveryPayload } from "../../src/domain/deliveries/delivery-request.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { createComplaint } from "../../src/db/complaints/create-complaint.js";
import { withActor } from "../../src/db/with-actor.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import type { JobContext } from "../../src/scheduler/job.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const settings = complaintSettingsSchema.parse({});
const calendar = teamWorkingDayCalendar(calendarSettingsSchema.parse({}));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
let roster: ComplaintRoster;

async function fileUrgent(openedAt: Date): Promise<number> {
  const probe = { id: 0, class: "urgent" as const, category: "technical", status: "open" as const, tier: 1 as const, version: 0, openedAt, tierSince: openedAt, acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null };
  return withActor(t.db, "U_FRONT", (tx) =>
    createComplaint(tx, {
      customerId: roster.customerId,
      class: "urgent",
      category: "technical",
      description: "Line 3 stopped",
      source: "phone",
      sourcePermalink: null,
      leadDepartmentId: roster.supportDepartmentId,
      cooperatingDepartmentIds: [],
      openedBy: "U_FRONT",
      openedAt,
      nextCheckAt: nextComplaintCheck(probe, openedAt, settings, calendar),
    }),
  );
}

describe("an away person is never paged", () => {
  beforeAll(async () => {
    roster = await seedComplaintRoster(t.db);
    await withActor(t.db, "cli:test", async (tx) => {
      const tina = await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "U_TECH2" } }, name: "Tina", roles: ["tech_support"], timeZone: "Asia/Shanghai" } });
      const olga = (await tx.personIdentity.findUniqueOrThrow({ where: { platform_externalId: { platform: "slack", externalId: "U_OWNER" } }, include: { person: true } })).person;
      // Olga (the owner, tier 1) is away on Tuesday 24 November in Shanghai; Tina (tier 2) all week.
      await tx.absence.create({ data: { personId: olga.id, startsOn: new Date("2026-11-24"), endsOn: new Date("2026-11-24") } });
      await tx.absence.create({ data: { personId: tina.id, startsOn: new Date("2026-11-23"), endsOn: new Date("2026-11-29") } });
    });
  });

  it("warns only the tier-1 people who are here and escalates to the tier-2 people who are here", async () => {
    // Tuesday 10:00 in Shanghai: an urgent complaint; acknowledgement is due at 10:30, first response at 12:00.
    await fileUrgent(new Date("2026-11-24T02:00:00.000Z"));
    const job = complaintEscalationJob();
    const ctx: JobContext = { db: t.db, settings: teamSettingsSchema.parse({}), logger: silent };
    const deliveries = async () => (await t.db.prisma.delivery.findMany({ orderBy: { id: "asc" } })).map((d) => `${d.rule} → ${d.recipient}`);

    await job.run(new Date("2026-11-24T03:30:00.000Z"), ctx);
    expect(await deliveries()).toEqual(["complaint-warning → U_FRONT"]);

    await job.run(new Date("2026-11-24T04:00:30.000Z"), ctx);
    const escalation = (await deliveries()).slice(1).sort();
    expect(escalation).toEqual(["complaint-escalation → U_HEAD", "complaint-escalation → U_TECH"]);
    const thread = await t.db.prisma.delivery.findFirstOrThrow({ where: { rule: "complaint-escalation", recipient: "U_HEAD" } });
    // The ledger stores the neutral message (issue 12); Slack renders it at send time.
    expect(renderMessage((thread.payload as unknown as DeliveryPayload).message).text).toContain("Waiting on <@U_HEAD>, <@U_TECH>.");
    expect(JSON.stringify(thread.payload)).not.toContain("U_TECH2");
  });
});
