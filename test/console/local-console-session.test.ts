import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { intakeValues } from "../complaints/support/intake-values.js";
import { type ConsoleSession, startConsoleSession } from "./console-session.js";

const t = useTestDatabase();
// Tuesday 10:07 in Shanghai: the urgent case's timers fall at :37 and :07, between quarter hours.
const clock = new ManualClock(new Date("2026-11-24T02:07:00.000Z"));
const settings = teamSettingsSchema.parse({});
let roster: ComplaintRoster;
let session: ConsoleSession;

beforeAll(async () => {
  roster = await seedComplaintRoster(t.db);
  session = await startConsoleSession({ db: t.db, clock, settings, actAs: "U_FRONT" });
});
afterAll(async () => {
  await session?.quit();
});

describe("the local console a first-time user meets", () => {
  it(":people shows each person's department, roles and tiers", async () => {
    const shown = await session.type(":people");
    expect(shown).toContain("Fay (U_FRONT) — Support · frontline · tier 1 on");
    expect(shown).toContain("Hana (U_HEAD) — Support · department_head · tier 2 on cases led by Support; no tier on other cases");
    expect(shown).toContain("Olga (U_OWNER) — no department · owner, owns 1 customer · tier 1 on their customers' cases; no tier on other cases");
    expect(shown).toContain("Tom (U_TECH) — Engineering · tech_support · tier 2 on every case");
    expect(shown).toContain("Eve (U_EXEC) — no department · executive · tier 3 on every case");
    expect(shown).toContain("Otto (U_OUT) — no department · no roles · no tier on every case");
  });

  it(":as takes a name, a first letters, a Slack id or a mention, and tries someone not on the roster", async () => {
    expect(await session.type(":as hana")).toContain("You are now @Hana (U_HEAD).");
    expect(await session.type(":as U_TECH")).toContain("You are now @Tom (U_TECH).");
    expect(await session.type(":as <@U_EXEC>")).toContain("You are now @Eve (U_EXEC).");
    expect(await session.type(":as @Ol")).toContain("You are now @Olga (U_OWNER).");
    expect(await session.type(":as stranger")).toContain("You are now @stranger (U0STRANGER), who is not on the roster");
    expect(await session.type("/complaint list")).toContain("complaints are shown only to people on Steward's roster, and you are not on it yet");
    expect(await session.type(":as Fay")).toContain("You are now @Fay (U_FRONT).");
  });

  it("checks every intake field as it is answered: choices, several lines, repeated and refused departments", async () => {
    expect(await session.type("/complaint new ACME")).toMatch(/Customer \(Enter keeps "ACME"\): $/);
    expect(await session.type("")).toContain("Class (type a number or a name: 1=Urgent");
    expect(await session.type("9")).toContain(`✗ "9" is not one of the choices: type a number from 1 to 3 or a name such as "Urgent — hurts the customer's core business".`);
    expect(await session.type("1")).toContain("Category (type a number or a name:");
    expect(await session.type("technical")).toContain("Description (several lines; an empty line ends): ");
    await session.type("Packaging line 3 stopped");
    await session.type("controller fault E42");
    expect(await session.type("")).toContain("Came in through");
    expect(await session.type("")).toContain("Lead department (type a number or a name:");
    expect(await session.type("Support")).toContain("Cooperating departments (type numbers or names separated by commas, e.g. 1,3:");
    expect(await session.type("Engineering, engineering")).toContain("✗ Engineering is chosen twice: name each choice once.");
    // The console cannot know the lead is no cooperating department; the server refuses it under the field.
    expect(await session.type("Support")).toContain("✗ Cooperating departments: Support is the lead department: a cooperating department is another one.");
    expect(await session.type("Engineering")).toContain("└ sent");
    const complaint = await t.db.prisma.complaint.findFirstOrThrow({ include: { departments: true } });
    expect(complaint).toMatchObject({ class: "urgent", category: "technical", description: "Packaging line 3 stopped\ncontroller fault E42", source: null, leadDepartmentId: roster.supportDepartmentId });
    expect(complaint.departments.map((d) => d.departmentId)).toEqual([roster.engineeringDepartmentId]);
  });

  it(":advance 2h fires each timer at its own minute, not at the next step", async () => {
    const shown = await session.type(":advance 2h");
    expect(shown).toContain("Advancing to Tue 2026-11-24 04:07 UTC …");
    // The warning at 75 % of the 2 h first response, and the escalation at the deadline.
    expect(shown).toMatch(/→ @Fay \(direct message\) {2}\[Tue 2026-11-24 03:37 UTC\]\n[^\n]*\n[^\n]*First response due in 30 min\./);
    expect(shown).toMatch(/→ @Hana \(direct message\) {2}\[Tue 2026-11-24 04:07 UTC\]\n[^\n]*\n[^\n]*Escalated to tier 2/);
    expect(shown).toContain("Now Tue 2026-11-24 04:07 UTC.");
    expect(shown).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it("checks every assessment field as it is answered and asks an override's reason only for an override", async () => {
    await session.type(":as Olga");
    expect(await session.type("/customer assess ACME")).toContain("Needs fit");
    expect(await session.type("2")).toMatch(/stability.*\(a number from 0 to 10, e.g. 8.5; optional, Enter skips\): $/i);
    expect(await session.type("12")).toContain(`✗ "12" is not a number from 0 to 10, e.g. 8.5.`);
    expect(await session.type("8.5")).toContain("Reason for the");
    // No override of the next dimensions: no reason is asked for them.
    expect(await session.type("Orders steady at 1.2M")).toMatch(/satisfaction.*: $/i);
    await session.type("");
    await session.type("");
    await session.type("");
    expect(await session.type("")).toContain("Key problems, one per line (several lines; an empty line ends; optional, Enter skips): ");
    await session.type("orders down: competitor pricing");
    await session.type("late deliveries");
    expect(await session.type("")).toContain("Problem");
    expect(await session.type("Late deliveries")).toContain("Impact (type a number or a name: 1=high, 2=medium, 3=low");
    await session.type("high");
    expect(await session.type("weekly delivery review")).toContain("Owner (a name, an @mention or a Slack id");
    expect(await session.type("@Nobody")).toContain(`✗ Nobody on the roster is called "Nobody": type a name, an @mention or a Slack id`);
    expect(await session.type("@Olga")).toContain("Deadline (YYYY-MM-DD, e.g. 2026-12-31");
    expect(await session.type("31/12/2026")).toContain("✗ 31/12/2026 is not YYYY-MM-DD, e.g. 2026-12-31");
    expect(await session.type("2026-02-30")).toContain("✗ 2026-02-30 is not a date in the calendar");
    // The second and third action rows are left empty: one Enter each.
    await session.type("2026-12-31");
    await session.type("");
    expect(await session.type("")).toContain("└ sent");
    const assessment = await t.db.prisma.assessment.findFirstOrThrow({ include: { overrides: true, actions: true } });
    expect(assessment.keyProblems).toEqual(["orders down: competitor pricing", "late deliveries"]);
    expect(assessment.overrides.map((o) => [o.dimension, Number(o.score), o.reason])).toEqual([["stability", 8.5, "Orders steady at 1.2M"]]);
    expect(assessment.actions.map((a) => [a.problem, a.impact, a.deadline.toISOString().slice(0, 10)])).toEqual([["Late deliveries", "high", "2026-12-31"]]);
  });
});

describe("the same field checks hold for a Slack view submission (signed HTTP, errors under the fields)", () => {
  const intake = (fields: { lead?: number; cooperating?: number[] }) =>
    session.steward.client.viewSubmission({
      userId: "U_FRONT",
      callbackId: "complaint_intake",
      values: intakeValues({ customer: "ACME", class: "general", category: "billing", description: "Invoice doubled", ...fields }),
    });

  it("refuses a missing lead and an unknown, repeated or lead cooperating department, filing nothing", async () => {
    const before = await t.db.prisma.complaint.count();
    const { supportDepartmentId: support, engineeringDepartmentId: engineering } = roster;
    expect((await intake({ cooperating: [engineering] })).body).toEqual({ response_action: "errors", errors: { lead: "Choose the lead department: one of Engineering, Support." } });
    expect((await intake({ lead: support, cooperating: [engineering, engineering] })).body).toEqual({
      response_action: "errors",
      errors: { cooperating: "Engineering is chosen twice: name each cooperating department once." },
    });
    expect((await intake({ lead: support, cooperating: [support] })).body).toEqual({
      response_action: "errors",
      errors: { cooperating: "Support is the lead department: a cooperating department is another one." },
    });
    expect((await intake({ lead: support, cooperating: [999_999] })).body).toEqual({
      response_action: "errors",
      errors: { cooperating: "There is no department 999999: choose from Engineering, Support." },
    });
    expect(await t.db.prisma.complaint.count()).toBe(before);
  });

  it("refuses an assessment deadline that is not YYYY-MM-DD, saying so with an example", async () => {
    const select = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });
    const text = (value: string) => ({ value: { type: "plain_text_input", value } });
    const response = await session.steward.client.viewSubmission({
      userId: "U_OWNER",
      callbackId: "health_assess",
      privateMetadata: JSON.stringify({ c: roster.customerId, on: "2026-11-24" }),
      values: {
        needs_fit: select("7"),
        action_0_problem: text("Late deliveries"),
        action_0_impact: select("high"),
        action_0_measure: text("weekly review"),
        action_0_owner: { value: { type: "users_select", selected_user: "U_OWNER" } },
        action_0_deadline: { value: { type: "datepicker", selected_date: "31/12/2026" } },
      },
    });
    expect(response.body).toEqual({ response_action: "errors", errors: { action_0_deadline: "31/12/2026 is not YYYY-MM-DD, e.g. 2026-12-31" } });
  });
});
