import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { intakeValues } from "./support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "./support/seed-complaint-roster.js";

/**
 * A case filed in Slack tells each cooperating department once, in its channel on the platform that
 * channel is on: Slack when the department has a Slack channel (also when it has a Teams one besides),
 * else its Teams channel, through the delivery ledger (the Teams port sends it).
 */
const t = useTestDatabase();
const clock = new ManualClock(new Date("2026-11-24T02:00:00.000Z"));
const FIELD = "19:field@thread.tacv2";
let steward: TestSteward;
let roster: ComplaintRoster;
let fieldId = 0;
let qualityId = 0;

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  await withActor(t.db, "cli:test", async (tx) => {
    fieldId = (await tx.department.create({ data: { name: "Field", channels: { create: { platform: "teams", channel: FIELD } } } })).id;
    qualityId = (await tx.department.create({ data: { name: "Quality", channels: { create: [{ platform: "slack", channel: "C_QA" }, { platform: "teams", channel: "19:qa@thread.tacv2" }] } } })).id;
  });
  steward = await startTestSteward({ db: t.db, clock, settings: teamSettingsSchema.parse({}) });
});
afterAll(async () => {
  await steward?.stop();
});

describe("cooperating notices of a case filed in Slack", () => {
  it("go to a Slack channel for a Slack department, to the Teams channel for a Teams-only one, never twice", async () => {
    const response = await steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "general", category: "product", description: "Dashboard slow", source: "phone", lead: roster.supportDepartmentId, cooperating: [roster.engineeringDepartmentId, fieldId, qualityId] }),
    });
    expect(response.status).toBe(200);
    const confirmation = await waitFor("the filing confirmation", () =>
      steward.fake.calls.find((c) => c.method === "chat.postMessage" && c.args.channel === "U_FRONT" && String(c.args.text).includes("is filed")),
    );
    const id = Number(/#(\d+)/.exec(String(confirmation.args.text))![1]);
    const postsTo = (channel: string) => steward.fake.calls.filter((c) => c.method === "chat.postMessage" && c.args.channel === channel);
    expect(postsTo("C_ENG")).toHaveLength(1);
    expect(postsTo("C_QA")).toHaveLength(1);
    expect(steward.fake.calls.filter((c) => c.method === "chat.postMessage" && String(c.args.channel).startsWith("19:"))).toHaveLength(0);
    const ledger = await t.db.prisma.delivery.findMany({ where: { rule: "complaint-notice" } });
    expect(ledger.map((d) => [d.key, d.recipient])).toEqual([[`complaint-notice:${id}:${fieldId}`, `teams:${FIELD}`]]);
    const departments = await t.db.prisma.complaintDepartment.findMany({ where: { complaintId: id }, orderBy: { departmentId: "asc" } });
    expect(departments.map((d) => [d.departmentId, d.noticePlatform, d.noticeChannel])).toEqual([
      [roster.engineeringDepartmentId, "slack", "C_ENG"],
      [fieldId, null, null],
      [qualityId, "slack", "C_QA"],
    ]);
  });
});
