import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TeamSettings, teamSettingsSchema } from "../../src/config/team-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler } from "../../src/scheduler/create-scheduler.js";
import { complaintEscalationJob } from "../../src/scheduler/jobs/complaint-escalation-job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { CLOCKS_BEFORE_ISSUE_14 } from "./support/clocks-before-issue-14.js";
import { waitFor } from "../support/wait-for.js";
import { cardTsOf, seedCasesAt } from "./support/seed-cases-at.js";
import { type PermissionRoster, seedPermissionRoster } from "./support/seed-permission-roster.js";

const t = useTestDatabase();
// Tuesday 10:00 in Shanghai.
const clock = new ManualClock(new Date("2026-11-24T02:00:00.000Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** Frontline people: Fay (Support, lead), Cora (Engineering, cooperating), Carl (Customer Care), Finn (Sales). */
const FRONTLINE = ["U_FRONT", "U_CORA", "U_CARL", "U_FINN"];
let roster: PermissionRoster;
const stewards: TestSteward[] = [];
let cards = 0;

beforeAll(async () => {
  roster = await seedPermissionRoster(t.db);
});
afterAll(async () => {
  for (const steward of stewards) await steward.stop();
});

/** Steward under this tier-1 setting, with one open tier-1 case per frontline person (cards in #C_SUPPORT). */
async function stewardWith(frontline: unknown): Promise<{ steward: TestSteward; settings: TeamSettings; caseOf: Map<string, number> }> {
  // Issue 14: `warned` below times the general case's warning on the 24×7 clock general complaints had before
  // business hours became their default; this test is about who is warned, so it pins that clock.
  const settings = teamSettingsSchema.parse({ complaints: { frontline, sla: CLOCKS_BEFORE_ISSUE_14 } });
  const steward = await startTestSteward({ db: t.db, clock, settings });
  stewards.push(steward);
  const firstCard = cards;
  cards += FRONTLINE.length;
  const ids = await seedCasesAt(
    t.db,
    { customerId: roster.customerId, leadId: roster.supportId, cooperatingIds: [roster.engineeringId], resolverId: roster.personIds.leadFrontline, channel: "C_SUPPORT", now: clock.now(), firstCard },
    FRONTLINE.map(() => ({ status: "open" as const, tier: 1 as const })),
  );
  steward.fake.messages.set("C_SUPPORT", ids.map((id, i) => ({ channel: "C_SUPPORT", ts: cardTsOf(firstCard + i), text: `Complaint #${id}`, user: "UBOTSTEWARD" })));
  return { steward, settings, caseOf: new Map(FRONTLINE.map((user, i) => [user, ids[i]!])) };
}

/** Each frontline person presses Acknowledge on their own case; returns who got through and the refusals. */
async function acknowledgeAll(steward: TestSteward, caseOf: Map<string, number>): Promise<{ acknowledged: string[]; refusals: Record<string, string> }> {
  const refusals: Record<string, string> = {};
  for (const user of FRONTLINE) {
    const from = steward.fake.calls.length;
    const id = caseOf.get(user)!;
    await steward.client.blockAction({ userId: user, actionId: COMPLAINT_ACTIONS.acknowledge, value: String(id), channelId: "C_SUPPORT", messageTs: "x" });
    const answer = await waitFor(`${user}'s press answered`, async () => {
      const refused = steward.fake.calls.slice(from).find((c) => c.method === "response_url");
      if (refused) return String(refused.args.text);
      const row = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id } });
      return row.status === "acknowledged" && steward.fake.calls.slice(from).some((c) => c.method === "chat.update") ? "acknowledged" : undefined;
    });
    if (answer !== "acknowledged") refusals[user] = answer;
  }
  const rows = await t.db.prisma.complaint.findMany({ where: { id: { in: [...caseOf.values()] }, status: "acknowledged" } });
  return { acknowledged: FRONTLINE.filter((user) => rows.some((row) => row.id === caseOf.get(user))), refusals };
}

/**
 * The people a tier-1 case's 75 % warning is sent to (general: 18 h into the 24 h first response; the
 * case was filed an hour before the clock). Afterwards its cursor is at the deadline, so later ticks at
 * the same moment leave it alone.
 */
async function warned(settings: TeamSettings, steward: TestSteward): Promise<string[]> {
  const at = new Date(clock.now().getTime() + 17 * 3_600_000);
  await seedCasesAt(
    t.db,
    { customerId: roster.customerId, leadId: roster.supportId, cooperatingIds: [roster.engineeringId], resolverId: roster.personIds.leadFrontline, channel: "C_SUPPORT", now: clock.now(), nextCheckAt: at, firstCard: cards++ },
    [{ status: "open", tier: 1 }],
  );
  const scheduler = createScheduler({ db: t.db, settings, logger: quiet, jobs: [complaintEscalationJob()], ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: steward.fake.apiUrl }) } });
  const from = steward.fake.calls.length;
  await scheduler.tick(at);
  await scheduler.stop();
  return steward.fake.calls.slice(from).filter((c) => c.method === "chat.postMessage").map((c) => String(c.args.channel)).sort();
}

describe("tier 1 is the owner and the frontline the team chose, never every frontline person", () => {
  it("by default: the lead department's frontline only", async () => {
    const { steward, settings, caseOf } = await stewardWith(undefined);
    const { acknowledged, refusals } = await acknowledgeAll(steward, caseOf);
    expect(acknowledged).toEqual(["U_FRONT"]);
    expect(refusals.U_CORA).toBe(
      `Case #${caseOf.get("U_CORA")} is at tier 1: only tier 1 (the owner <@U_OWNER>, Support frontline), tier 2 (Support head, technical support) or tier 3 (executives) may acknowledge it; you are not on this case's tiers.`,
    );
    expect(await warned(settings, steward)).toEqual(["U_FRONT", "U_OWNER"]);
  });

  it("case-departments: the lead and the cooperating departments' frontline", async () => {
    const { steward, settings, caseOf } = await stewardWith("case-departments");
    const { acknowledged, refusals } = await acknowledgeAll(steward, caseOf);
    expect(acknowledged).toEqual(["U_FRONT", "U_CORA"]);
    expect(refusals.U_CARL).toContain("only tier 1 (the owner <@U_OWNER>, Support and Engineering frontline), tier 2");
    expect(await warned(settings, steward)).toEqual(["U_CORA", "U_FRONT", "U_OWNER"]);
  });

  it("a named customer-service group: that department's frontline, for every case", async () => {
    const { steward, settings, caseOf } = await stewardWith({ group: "customer care" });
    const { acknowledged, refusals } = await acknowledgeAll(steward, caseOf);
    expect(acknowledged).toEqual(["U_CARL"]);
    expect(Object.keys(refusals)).toEqual(["U_FRONT", "U_CORA", "U_FINN"]);
    expect(refusals.U_FRONT).toContain("only tier 1 (the owner <@U_OWNER>, customer care frontline), tier 2");
    expect(await warned(settings, steward)).toEqual(["U_CARL", "U_OWNER"]);
  });
});
