import type { DeliveryPayload } from "../../src/domain/deliveries/delivery-request.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createComplaint } from "../../src/db/complaints/create-complaint.js";
import { loadComplaintRecords } from "../../src/db/complaints/load-complaint-records.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import type { JobContext } from "../../src/scheduler/job.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

const t = useTestDatabase();
const settings = complaintSettingsSchema.parse({});
const calendar = teamWorkingDayCalendar(calendarSettingsSchema.parse({}));
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const at = (iso: string) => new Date(iso);
let roster: ComplaintRoster;

async function fileUrgent(openedAt: Date): Promise<number> {
  const probe = { id: 0, class: "urgent" as const, category: "technical", status: "open" as const, tier: 1 as const, version: 0, openedAt, tierSince: openedAt, acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null };
  const id = await withActor(t.db, "U_FRONT", (tx) =>
    createComplaint(tx, {
      customerId: roster.customerId,
      class: "urgent",
      category: "technical",
      description: "Line 3 stopped",
      source: "phone",
      sourcePermalink: null,
      leadDepartmentId: roster.supportDepartmentId,
      cooperatingDepartmentIds: [roster.engineeringDepartmentId],
      openedBy: "U_FRONT",
      openedAt,
      nextCheckAt: nextComplaintCheck(probe, openedAt, settings, calendar),
    }),
  );
  await withActor(t.db, "cli:test", (tx) => tx.complaint.update({ where: { id }, data: { cardPlatform: "slack", cardChannel: "C_SUPPORT", cardTs: "1700000000.000100" } }));
  return id;
}

describe("complaint escalation job", () => {
  beforeAll(async () => {
    roster = await seedComplaintRoster(t.db);
    await withActor(t.db, "cli:test", (tx) => tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "U_ADMIN" } }, name: "Ada", roles: ["admin"], timeZone: "Asia/Shanghai" } }));
  });

  it("warns, escalates tier by tier, pages tier 3 every 30 minutes in one message up to the cap, each exactly once", async () => {
    const opened = at("2026-11-24T02:00:00.000Z");
    const id = await fileUrgent(opened);
    const job = complaintEscalationJob();
    const ctx: JobContext = { db: t.db, settings: teamSettingsSchema.parse({}), logger: silent };
    const tick = (iso: string) => job.run(at(iso), ctx);
    const deliveries = async () =>
      (await t.db.prisma.delivery.findMany({ orderBy: { id: "asc" } })).map((d) => `${d.rule} → ${d.recipient}${(d.payload as { threadTs?: string }).threadTs ? " (thread)" : ""}`);

    await tick("2026-11-24T03:29:00.000Z");
    expect(await deliveries()).toEqual([]);
    await tick("2026-11-24T03:30:00.000Z");
    await tick("2026-11-24T03:30:00.000Z");
    // Acknowledgement and first response fall due together: one warning each for the owner and customer service.
    expect((await deliveries()).sort()).toEqual(["complaint-warning → U_FRONT", "complaint-warning → U_OWNER"]);

    await tick("2026-11-24T04:00:30.000Z");
    await tick("2026-11-24T04:00:30.000Z");
    const [afterTier2] = await loadComplaintRecords(t.db.prisma, [id]);
    expect(afterTier2!.case).toMatchObject({ tier: 2, status: "open", version: 1 });
    expect(afterTier2!.case.tierSince.toISOString()).toBe("2026-11-24T04:00:30.000Z");
    expect((await deliveries()).slice(2).sort()).toEqual(["complaint-escalation → C_SUPPORT (thread)", "complaint-escalation → U_HEAD", "complaint-escalation → U_TECH"]);

    await tick("2026-11-24T06:00:30.000Z");
    await tick("2026-11-24T06:31:00.000Z");
    await tick("2026-11-24T06:31:30.000Z");
    const rules = (await deliveries()).slice(5);
    expect(rules.filter((r) => r.startsWith("complaint-escalation")).sort()).toEqual(["complaint-escalation → C_SUPPORT (thread)", "complaint-escalation → U_EXEC"]);
    expect(rules.filter((r) => r.startsWith("complaint-page")).sort()).toEqual(["complaint-page → C_SUPPORT (thread)", "complaint-page → U_EXEC"]);

    // Pages 3 to 6 rewrite those two messages; with page 6 the department head and the admin are told, once.
    for (const iso of ["2026-11-24T07:00:30.000Z", "2026-11-24T07:31:00.000Z", "2026-11-24T07:31:30.000Z", "2026-11-24T08:00:30.000Z", "2026-11-24T08:30:30.000Z", "2026-11-24T08:30:30.000Z", "2026-11-24T09:00:30.000Z", "2026-11-24T12:00:30.000Z"]) {
      await tick(iso);
    }
    const later = await t.db.prisma.delivery.findMany({ where: { key: { startsWith: `complaint-page:${id}:` } }, orderBy: { id: "asc" } });
    const round = `complaint-page:${id}:${Date.parse("2026-11-24T06:00:30.000Z")}`;
    expect(later.map((d) => [d.key, (d.payload as { updateOf?: string }).updateOf ?? null])).toEqual([
      [`${round}:U_EXEC`, null],
      [`${round}:thread`, null],
      ...[3, 4, 5, 6].flatMap((n) => [
        [`${round}:U_EXEC:page${n}`, `${round}:U_EXEC`],
        [`${round}:thread:page${n}`, `${round}:thread`],
      ]),
    ]);
    expect(renderMessage((later.at(-1)!.payload as unknown as DeliveryPayload).message).text).toBe(`Complaint #${id} · ACME (urgent, technical): paged 6 times, last 16:30 — Steward stopped paging`);
    const capped = await t.db.prisma.delivery.findMany({ where: { rule: "complaint-cap" } });
    expect(capped.map((d) => d.recipient).sort()).toEqual(["U_ADMIN", "U_HEAD"]);
    expect(renderMessage((capped[0]!.payload as unknown as DeliveryPayload).message).text).toContain("Tier 3 was paged 6 times since 14:00 and nobody acknowledged: Steward has stopped paging.");

    const events = await t.db.prisma.complaintEvent.findMany({ where: { complaintId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.actor, e.fromTier, e.toTier, e.reason])).toEqual([
      ["transition", "U_FRONT", null, 1, null],
      ["warning", "steward", 1, 1, "first response due in 30 min (tier 1)"],
      ["escalation", "steward", 1, 2, "no first response within 2 h"],
      ["escalation", "steward", 2, 3, "not acknowledged within 2 h at tier 2"],
      ...[2, 3, 4, 5].map(() => ["page", "steward", 3, 3, "not acknowledged"]),
      ["page", "steward", 3, 3, "paging stopped after 6 pages; the department head and admins told"],
    ]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "complaints", rowId: String(id), action: "update", actor: "steward" } });
    expect(audit.map((row) => (row.after as { tier?: number }).tier).filter(Boolean)).toEqual([2, 3]);
  });
});
