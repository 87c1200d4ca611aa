import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { withActor } from "../../../src/db/with-actor.js";
import { findPersonByIdentity } from "../../../src/db/people/find-person-by-identity.js";
import { TABLE_NEXT_ACTION } from "../../../src/domain/health/customer-table-message.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { waitFor } from "../../support/wait-for.js";
import { seedHealthRoster } from "../seed-health-roster.js";
import { ask, press, replyOf } from "./ask-steward.js";

const t = useTestDatabase();
let steward: TestSteward;
let ids: Awaited<ReturnType<typeof seedHealthRoster>>;

beforeAll(async () => {
  ids = await seedHealthRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock: new ManualClock(new Date("2026-11-24T01:00:00Z")) });
});
afterAll(async () => {
  await steward?.stop();
});

const text = (value: string) => ({ value: { type: "plain_text_input", value } });
const select = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });

async function openAssessment(userId: string, customer: string) {
  const before = steward.fake.calls.length;
  await steward.client.command("/customer", `assess ${customer}`, { userId, channelId: "C0SALES" });
  return waitFor("views.open or a reply", () => steward.fake.calls.slice(before).find((c) => c.method === "views.open" || c.method === "response_url"));
}

function submit(userId: string, privateMetadata: string, values: Record<string, Record<string, unknown>>, viewId?: string) {
  return steward.client.viewSubmission({ userId, callbackId: "health_assess", privateMetadata, values, viewId });
}

describe("recording an assessment", () => {
  let metadata: string;

  it("opens the form with the computed value next to each override", async () => {
    const call = await openAssessment("U0MEI", "acme");
    expect(call.method).toBe("views.open");
    const view = typeof call.args.view === "string" ? JSON.parse(call.args.view) : call.args.view;
    expect(view.callback_id).toBe("health_assess");
    metadata = view.private_metadata;
    expect(JSON.parse(metadata)).toEqual({ c: ids.customers.acme.id, on: "2026-11-24", ch: "C0SALES" });
    const labels = view.blocks.filter((b: { type: string }) => b.type === "input").map((b: { label: { text: string } }) => b.label.text);
    expect(labels).toContain("stability (30 %) — computed 10.0");
    expect(labels).toContain("satisfaction (25 %) — computed 10.0");
  });

  it("shows field-level errors for an override of 11, of abc, and without a reason — and saves nothing", async () => {
    const before = await t.db.prisma.assessment.count();
    const response = await submit("U0MEI", metadata, {
      needs_fit: select("7"),
      override_stability_score: text("11"),
      override_stability_reason: text("because"),
      override_satisfaction_score: text("abc"),
      override_satisfaction_reason: text("interview"),
      override_risk_score: text("6"),
      action_0_problem: text("slow deliveries"),
    });
    expect(response.body).toEqual({
      response_action: "errors",
      errors: {
        override_stability_score: "11 is above 10: a score goes from 0 to 10, e.g. 9.5",
        override_satisfaction_score: "`abc` is not a score: write a number from 0 to 10, e.g. 7.5",
        override_risk_reason: "An override needs a written reason, e.g. “orders steady at ¥1.2M ± ¥0.1M”.",
        action_0_impact: "Choose the impact: high, medium or low.",
        action_0_measure: "Say what will be done, e.g. “weekly delivery review with the plant”.",
        action_0_owner: "Choose who owns this action.",
        action_0_deadline: "Pick a deadline (YYYY-MM-DD, e.g. 2026-12-31).",
      },
    });
    expect(await t.db.prisma.assessment.count()).toBe(before);
  });

  it("refuses an action owner who is not on the roster, at that field", async () => {
    const response = await submit("U0MEI", metadata, {
      needs_fit: select("7"),
      action_0_problem: text("slow deliveries"),
      action_0_impact: select("high"),
      action_0_measure: text("weekly review"),
      action_0_owner: { value: { type: "users_select", selected_user: "U_GHOST" } },
      action_0_deadline: { value: { type: "datepicker", selected_date: "2026-12-15" } },
    });
    // Intended change (issue 12): the refusal is the core's own wording, the same on every platform (it
    // was `<@U_GHOST> is not on the roster; …`, Slack markup written by the database layer).
    expect(response.body).toEqual({ response_action: "errors", errors: { action_0_owner: "The person chosen as owner is not on Steward's roster (or no longer active); choose an owner who is." } });
  });

  it("saves a snapshot with overrides and actions, visible in the next score — once, though the modal is submitted twice", async () => {
    const before = steward.fake.calls.length;
    const values = {
      needs_fit: select("7"),
      override_stability_score: text("8.5"),
      override_stability_reason: text("orders dipped in November"),
      key_problems: text("orders down: competitor pricing\n"),
      action_0_problem: text("competitor undercuts by 5 %"),
      action_0_impact: select("high"),
      action_0_measure: text("volume rebate offer"),
      action_0_owner: { value: { type: "users_select", selected_user: "U0LI" } },
      action_0_deadline: { value: { type: "datepicker", selected_date: "2026-12-15" } },
    };
    const response = await submit("U0MEI", metadata, values, "V_ASSESS_ONCE");
    expect(response.status).toBe(200);
    expect(response.body).toBeUndefined();
    const confirmation = await waitFor("the confirmation", () => steward.fake.calls.slice(before).find((c) => c.method === "chat.postEphemeral"));
    // A double press: the same view again, in a new request. It closes quietly; nothing is recorded twice.
    const again = await submit("U0MEI", metadata, values, "V_ASSESS_ONCE");
    expect(again.status).toBe(200);
    expect(again.body).toBeUndefined();
    expect(await t.db.prisma.assessment.count({ where: { viewId: "V_ASSESS_ONCE" } })).toBe(1);
    expect(steward.fake.calls.slice(before).filter((c) => c.method === "chat.postEphemeral")).toHaveLength(1);
    // (8.5×30 + 10×25 + 7×20 + 9×15 + 10×10) / 100 = 8.8
    expect(confirmation.args.text).toBe(
      "Assessment of ACME recorded for 2026-11-24: 8.8 good, 1 improvement action. See it with `/customer score ACME`.",
    );
    const saved = await t.db.prisma.assessment.findFirstOrThrow({
      where: { customerId: ids.customers.acme.id, assessedOn: new Date("2026-11-24") },
      include: { overrides: true, actions: true },
    });
    expect(Number(saved.composite)).toBe(8.8);
    expect(saved.grade).toBe("good");
    expect(saved.keyProblems).toEqual(["orders down: competitor pricing"]);
    expect(saved.overrides.map((o) => [o.dimension, Number(o.score), o.reason])).toEqual([["stability", 8.5, "orders dipped in November"]]);
    expect(saved.actions.map((a) => [a.problem, a.impact, a.ownerId])).toEqual([["competitor undercuts by 5 %", "high", ids.people.li.id]]);
    const snapshot = saved.snapshot as { score: { composite: number; dimensions: Array<{ key: string; evidence: string }> }; weights: Record<string, number>; recordedBy: string };
    expect(snapshot.score.composite).toBe(8.8);
    expect(snapshot.weights).toEqual({ stability: 30, satisfaction: 25, needsFit: 20, engagement: 15, risk: 10 });
    expect(snapshot.recordedBy).toBe("U0MEI");
    expect(snapshot.score.dimensions[1]!.evidence).toBe("survey 92 on 2026-09-14");

    const score = await ask(steward, "U0MEI", "score acme");
    expect(score.text).toContain("ACME · Acme Corp — 8.8 / 10 · good");
    expect(score.text).toContain("_override 8.5 (computed 10.0) by Mei Chen on 2026-11-24: “orders dipped in November”_");
    expect(score.text).toContain("• orders down: competitor pricing _(assessor)_");
    expect(score.text).toContain("competitor undercuts by 5 % → volume rebate offer (high, <@U0LI>, due 2026-12-15)");
    expect(score.text).toContain("+0.5 since 2026-08-31");
  });

  it("never rewrites the snapshot when the data changes later", async () => {
    await withActor(t.db, "cli:test", (tx) =>
      tx.complaint.create({
        data: { customerId: ids.customers.acme.id, class: "urgent", category: "quality", description: "line stopped", openedAt: new Date("2026-10-20T02:00:00Z"), tierSince: new Date("2026-10-20T02:00:00Z") },
      }),
    );
    const live = await ask(steward, "U0MEI", "score acme");
    expect(live.text).toContain("*risk* 4.0 / 10 · 10 % — 1 urgent complaint, open since 2026-10-20");
    const saved = await t.db.prisma.assessment.findFirstOrThrow({ where: { customerId: ids.customers.acme.id, assessedOn: new Date("2026-11-24") } });
    expect(Number(saved.composite)).toBe(8.8);
    expect((saved.snapshot as { score: { dimensions: Array<{ evidence: string }> } }).score.dimensions[4]!.evidence).toBe("no complaints");
  });

  it("refuses a second assessment of the same day", async () => {
    const response = await submit("U0MEI", metadata, { needs_fit: select("10") });
    expect(response.body).toEqual({
      response_action: "errors",
      errors: { needs_fit: "ACME already has an assessment dated 2026-11-24; assessments are never rewritten." },
    });
  });

  it("lets only owners, heads, executives and admins assess; a forged submission saves nothing", async () => {
    const call = await openAssessment("U0OTHER", "acme");
    expect(call.method).toBe("response_url");
    expect(replyOf(call).text).toContain("Sorry — an assessment of ACME is recorded by its owner (<@U0MEI>)");
    const before = await t.db.prisma.assessment.count();
    const forged = await submit("U0OTHER", JSON.stringify({ c: ids.customers.globex.id, on: "2026-11-24" }), { needs_fit: select("1") });
    expect(forged.body).toEqual({ response_action: "errors", errors: { needs_fit: "You may not record an assessment of GLOBEX; nothing was saved." } });
    expect(await t.db.prisma.assessment.count()).toBe(before);
  });
});

describe("improvement actions", () => {
  it("lists them and lets the action's owner record a result", async () => {
    const list = await ask(steward, "U0LI", "actions acme");
    expect(list.text).toContain("ACME · improvement actions");
    expect(list.text).toContain("*competitor undercuts by 5 %* (high impact, assessment 2026-11-24)");
    // Li owns only the new action; Mei's older action gets no button for him
    expect(list.buttons.map((b) => b.label)).toEqual(["Record result"]);
    const opened = await press(steward, "U0LI", list.buttons[0]!, "views.open");
    const view = typeof opened.args.view === "string" ? JSON.parse(opened.args.view) : opened.args.view;
    expect(view.callback_id).toBe("health_action_result");

    const empty = await steward.client.viewSubmission({ userId: "U0LI", callbackId: "health_action_result", privateMetadata: view.private_metadata, values: { result: text("  ") } });
    expect(empty.body).toEqual({ response_action: "errors", errors: { result: "Write what came of the action, e.g. “delivery time down to 2 days, customer confirmed”." } });

    const done = await steward.client.viewSubmission({ userId: "U0LI", callbackId: "health_action_result", privateMetadata: view.private_metadata, values: { result: text("rebate accepted, volume back") } });
    expect(done.body).toBeUndefined();
    // The same submission again (a double press, a retry) is accepted, recorded and confirmed once.
    const dms = () => steward.fake.calls.filter((c) => c.method === "chat.postMessage" && c.args.channel === "U0LI" && String(c.args.text).startsWith("Result recorded")).length;
    await waitFor("the confirmation", () => dms() === 1);
    const repeated = await steward.client.viewSubmission({ userId: "U0LI", callbackId: "health_action_result", privateMetadata: view.private_metadata, values: { result: text("rebate accepted, volume back") } });
    expect(repeated.body).toBeUndefined();
    const again = await ask(steward, "U0LI", "actions acme");
    // Checked after another request's answer: a second confirmation would have followed the ack at once.
    expect(dms()).toBe(1);
    expect(again.text).toContain("*done*: rebate accepted, volume back");
    expect(again.buttons).toEqual([]);
    const audit = await t.db.prisma.auditLog.findFirst({ where: { tableName: "improvement_actions", action: "update" }, orderBy: { id: "desc" } });
    expect(audit?.actor).toBe("U0LI");
  });

  it("refuses a result from someone else, changing nothing", async () => {
    const mine = await t.db.prisma.improvementAction.findFirstOrThrow({ where: { problem: "delivery 3–5 days slower than competitors" } });
    const response = await steward.client.viewSubmission({
      userId: "U0OTHER",
      callbackId: "health_action_result",
      privateMetadata: JSON.stringify({ a: mine.id }),
      values: { result: text("I did it") },
    });
    expect(response.body).toEqual({
      response_action: "errors",
      errors: { result: "Only the action's owner, the customer's owner, their department head, executives and admins record results." },
    });
    expect((await t.db.prisma.improvementAction.findUniqueOrThrow({ where: { id: mine.id } })).result).toBeNull();
  });
});

describe("show, list and the monthly health table", () => {
  it("shows the customer card to those allowed, and nothing of it to someone of another department", async () => {
    const card = await ask(steward, "U0MEI", "show acme");
    expect(card.text).toContain("ACME · Acme Corp");
    expect(card.text).toContain("*Owner*");
    expect(card.text).toContain("*Score now* ");
    expect(card.text).toContain("last assessment 2026-11-24: 8.8 good by Mei Chen");
    expect(card.text).toContain("*Open complaints*");
    expect(card.text).toContain("urgent, open, tier 1, opened 2026-10-20 10:00 — line stopped");
    // Need-to-know (docs/access.md): contacts and interactions are facts of the owner's department.
    const other = await ask(steward, "U0OTHER", "show acme");
    expect(other.text).toBe("Sorry — ACME's contacts and interactions are shown to its owner (<@U0MEI>), their department, its head, technical support, executives and admins.");
  });

  it("lists customers best first, filtered, and pages", async () => {
    const all = await ask(steward, "U0EXEC", "list");
    const order = [...all.text.matchAll(/\*([A-Z]+)\* /g)].map((m) => m[1]);
    expect(order.slice(0, 4)).toEqual(["ACME", "GLOBEX", "INITECH", "UMBRELLA"]);
    const fair = await ask(steward, "U0EXEC", "list grade fair");
    expect([...fair.text.matchAll(/\*([A-Z]+)\* /g)].map((m) => m[1])).toEqual(["INITECH"]);
    const mine = await ask(steward, "U0EXEC", "list owner @mei tier strategic");
    expect([...mine.text.matchAll(/\*([A-Z]+)\* /g)].map((m) => m[1])).toEqual(["ACME"]);
    const bad = await ask(steward, "U0EXEC", "list grade great");
    expect(bad.text).toBe(
      "`great` is not a grade (excellent, good, fair, poor). Usage: `/customer list [grade <g>] [owner @x] [tier <t>]`, e.g. `/customer list grade fair tier strategic`",
    );
  });

  it("filters by an owner named by Slack's escaped mention exactly as by @name (the adapter reads the mention)", async () => {
    const typed = await ask(steward, "U0EXEC", "list owner @mei tier strategic");
    const mentioned = await ask(steward, "U0EXEC", "list owner <@U0MEI|mei> tier strategic");
    expect(mentioned.text).toContain("Customers by health score");
    expect(mentioned.text).toContain("owner <@U0MEI>");
    expect(mentioned.call.args.blocks).toEqual(typed.call.args.blocks);
    expect(mentioned.call.args.text).toBe(typed.call.args.text);
    // Someone not on the roster owns nothing: an empty table naming them as mentioned.
    const nobody = await ask(steward, "U0EXEC", "list owner <@U0NOBODY>");
    expect(nobody.text).toContain("owner <@U0NOBODY> · page 1 of 1 · 0 customers");
    expect(nobody.text).toContain("No customer matches.");
  });

  it("pages with the owner's roster id, and answers a page button of the old shape (a Slack id) as out of date", async () => {
    const mei = (await findPersonByIdentity(t.db, "slack", "U0MEI"))!.id;
    const page = replyOf(await press(steward, "U0EXEC", { actionId: TABLE_NEXT_ACTION, value: JSON.stringify({ k: "list", f: { ownerPersonId: mei }, p: 0 }) }));
    expect([...page.text.matchAll(/\*([A-Z]+)\* /g)].map((m) => m[1])).toEqual(["ACME", "GLOBEX"]);
    expect(page.text).toContain("owner <@U0MEI>");
    const old = replyOf(await press(steward, "U0EXEC", { actionId: TABLE_NEXT_ACTION, value: JSON.stringify({ k: "list", f: { ownerSlackUserId: "U0MEI" }, p: 1 }) }));
    expect(old.text).toBe("That page is no longer available; type the command again.");
  });

  it("lists only what the viewer may see", async () => {
    const other = await ask(steward, "U0OTHER", "list");
    expect(other.text).toContain("0 customers");
  });

  it("gives the monthly table of high-value customers, worst first, with the change since last month", async () => {
    const table = await ask(steward, "U0EXEC", "health");
    expect(table.text).toContain("Monthly health — high-value customers");
    expect(table.text).toContain("As of 2026-11-24, change since 2026-10-24");
    expect([...table.text.matchAll(/\*([A-Z]+)\* /g)].map((m) => m[1])).toEqual(["INITECH", "GLOBEX", "ACME"]);
  });
});
