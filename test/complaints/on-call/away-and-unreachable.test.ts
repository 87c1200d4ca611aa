import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../../src/config/team-settings.js";
import { withActor } from "../../../src/db/with-actor.js";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../../src/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../../src/slack/delivery/slack-delivery-port.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { waitFor } from "../../support/wait-for.js";
import { intakeValues } from "../support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "../support/seed-complaint-roster.js";

// Tier 2 is Hana (head of Support) and Tom (technical support); Lukas and Tom rotate daily at 08:00 Berlin.
const settings = teamSettingsSchema.parse({
  calendar: { timeZone: "Europe/Berlin" },
  complaints: {
    onCall: {
      rotations: [{ name: "Technical support", tier: 2, timeZone: "Europe/Berlin", length: "daily", handoff: { time: "08:00" }, startsOn: "2026-12-05", members: ["Lukas", "Tom"] }],
    },
  },
});
const t = useTestDatabase();
// Saturday 2026-12-05 22:00 in Berlin: Lukas's day.
const clock = new ManualClock(new Date("2026-12-05T21:00:00.000Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let steward: TestSteward;
let scheduler: Scheduler;
let roster: ComplaintRoster;
let ids: Record<string, number>;

const posts = (from: number) =>
  steward.fake.calls
    .slice(from)
    .filter((c) => c.method === "chat.postMessage")
    .map((c) => `${String(c.args.channel)}${c.args.thread_ts ? " (thread)" : ""}: ${String(c.args.text)}`);
// An absence as `/customer away` or the import records it: whole days in the person's own zone.
const markAway = (name: string, from: string, to: string) =>
  withActor(t.db, "cli:test", (tx) => tx.absence.create({ data: { personId: ids[name]!, startsOn: new Date(`${from}T00:00:00.000Z`), endsOn: new Date(`${to}T00:00:00.000Z`) } }));
const advance = async (iso: string) => {
  clock.set(new Date(iso));
  await scheduler.tick(clock.now());
};
const file = async (description: string) => {
  const from = steward.fake.calls.length;
  await steward.client.viewSubmission({
    userId: "U_FRONT",
    callbackId: "complaint_intake",
    values: intakeValues({ customer: "ACME", class: "urgent", category: "technical", description, source: "phone", lead: roster.supportDepartmentId }),
  });
  await waitFor("the filing confirmation", () => steward.fake.calls.slice(from).find((c) => c.method === "chat.postMessage" && c.args.channel === "U_FRONT"));
};

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  await withActor(t.db, "cli:test", async (tx) => {
    await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "ULUKAS" } }, name: "Lukas", roles: ["tech_support"], departmentId: roster.engineeringDepartmentId } });
    await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "UADMIN" } }, name: "Ada", roles: ["admin"], departmentId: null } });
  });
  ids = Object.fromEntries((await t.db.prisma.person.findMany()).map((p) => [p.name, p.id]));
  steward = await startTestSteward({ db: t.db, clock, settings });
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [complaintEscalationJob()],
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await steward?.stop();
});

describe("away people and nobody reachable", () => {
  it("pages the rotation's next member when the person on call is away, never the away one", async () => {
    await file("Line 3 down");
    // Lukas (the team zone, Berlin) is away over the weekend.
    await markAway("Lukas", "2026-12-05", "2026-12-06");
    const from = steward.fake.calls.length;
    await advance("2026-12-05T23:00:00.000Z");
    expect(posts(from).filter((line) => line.includes("Escalated to tier 2")).map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "U_TECH"]);
    const group = steward.fake.calls.length;
    await advance("2026-12-05T23:15:00.000Z");
    expect(posts(group).map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "U_HEAD"]);
  });

  it("says once, to the admins and the case thread (the department head is away herself), when nobody reachable holds the tier", async () => {
    await advance("2026-12-06T00:00:00.000Z");
    await file("Line 4 down");
    // Tom and Hana (Shanghai) are away on Sunday too: nobody of tier 2 is left.
    await markAway("Tom", "2026-12-06", "2026-12-06");
    await markAway("Hana", "2026-12-06", "2026-12-06");
    const from = steward.fake.calls.length;
    await advance("2026-12-06T02:00:00.000Z");
    const alarm = posts(from).filter((line) => line.includes("Nobody reachable holds tier 2"));
    // Hana, the head who would be told too, is away: an away person gets no pages, so the admins are told.
    expect(alarm.map((line) => line.split(":")[0]).sort()).toEqual(["C_SUPPORT (thread)", "UADMIN"]);
    // Later looks at the case (its warning at 75 %) do not say it again.
    const later = steward.fake.calls.length;
    await advance("2026-12-06T03:30:00.000Z");
    await advance("2026-12-06T03:45:00.000Z");
    expect(posts(later).filter((line) => line.includes("Nobody reachable"))).toEqual([]);
  });
});
