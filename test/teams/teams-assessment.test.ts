import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { TEAMS_LIMITS } from "../../src/teams/render/teams-limits.js";
import { seedHealthRoster } from "../health/seed-health-roster.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { cardTexts, teamsSay } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
let local: LocalTeams;
const clock = new ManualClock(new Date("2026-11-24T01:00:00Z"));
let ids: Awaited<ReturnType<typeof seedHealthRoster>>;

const aad = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Mei owns ACME and is on Teams only: her changes are recorded under her Teams identity. */
const MEI = { aadObjectId: aad(1), name: "Mei Chen" };
/** Oscar is frontline in another department: he may not assess ACME. */
const OSCAR = { aadObjectId: aad(2), name: "Oscar Other" };
const CHAT = (who: { aadObjectId: string }) => ({ id: `a:${who.aadObjectId}`, conversationType: "personal" });

type Card = { body: Record<string, unknown>[]; actions?: Record<string, unknown>[] };
type DialogAnswer = { task: { type: "continue"; value: { title: string; card: { content: Card } } } | { type: "message"; value: string } };

beforeAll(async () => {
  ids = await seedHealthRoster(t.db);
  await setTeamsIdentity(t.db, "U0MEI", MEI.aadObjectId);
  await setTeamsIdentity(t.db, "U0OTHER", OSCAR.aadObjectId);
  await withActor(t.db, "cli:test", (tx) => tx.personIdentity.deleteMany({ where: { platform: "slack", externalId: "U0MEI" } }));
  local = await startLocalTeams({ db: t.db, settings: teamSettingsSchema.parse({}), clock, logger: createLogger("error") });
});
afterAll(async () => {
  await local?.stop();
});

/** A dialog invoke (task/fetch, task/submit) as Teams sends it, through /api/messages. */
async function invoke(from: typeof MEI, name: "task/fetch" | "task/submit", data: Record<string, unknown>) {
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, {
    type: "invoke",
    name,
    value: { data },
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { ...CHAT(from), tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  });
  expect(response.status).toBe(200);
  return { answer: JSON.parse(response.body) as DialogAnswer, posted: local.connector.recorded.slice(before) };
}

function dialogCard(answer: DialogAnswer): Card {
  if (answer.task.type !== "continue") throw new Error(`expected a dialog, got the message ${JSON.stringify(answer.task.value)}`);
  const card = answer.task.value.card.content;
  expect(validateAdaptiveCard(card)).toEqual([]);
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(TEAMS_LIMITS.cardBytes);
  return card;
}
/** Assessments recorded from Teams dialogs (the seeded roster has a history of its own). */
const recordedHere = () => t.db.prisma.assessment.count({ where: { viewId: { startsWith: "teams:" } } });
const input = (card: Card, id: string) => card.body.find((element) => element.id === id);
/** The error shown right under a field (after its hint, if any). */
const errorUnder = (card: Card, id: string) => card.body.slice(card.body.findIndex((e) => e.id === id) + 1).find((e) => e.color === "Attention" || typeof e.id === "string")?.text;

describe("an assessment in Teams, through /api/messages: launcher, dialog, field errors, saved once", () => {
  let launcherData: Record<string, unknown>;
  let submitData: { form: string; state: string };

  it("`customer assess ACME` answers with the button that opens the dialog", async () => {
    const [reply] = await teamsSay(local, "customer assess ACME", MEI);
    expect(validateAdaptiveCard(reply!.card)).toEqual([]);
    expect(reply!.texts).toEqual(["Assess ACME"]);
    const button = (reply!.card.body[1]!.actions as { data: Record<string, unknown> }[])[0]!;
    expect(button.data).toEqual({ msteams: { type: "task/fetch" }, form: "health_assess", c: ids.customers.acme.id });
    launcherData = button.data;
  });

  it("opens the dialog: computed values beside the overrides, owners chosen among active roster people", async () => {
    const { answer } = await invoke(MEI, "task/fetch", launcherData);
    expect(answer.task.type === "continue" && answer.task.value.title).toBe("Assess ACME");
    const card = dialogCard(answer);
    expect(input(card, "override_stability_score")).toMatchObject({ type: "Input.Number", label: "stability (30 %) — computed 10.0", min: 0, max: 10 });
    const owner = input(card, "action_0_owner") as { type: string; style: string; choices: { title: string; value: string }[] };
    expect(owner).toMatchObject({ type: "Input.ChoiceSet", style: "filtered", isRequired: false });
    // The customer's owner first, then her department, then everyone else by name.
    expect(owner.choices.map((choice) => choice.title)).toEqual(["Mei Chen", "Li Wei", "Ada Exec", "Hao Zhang", "Oscar Other"]);
    expect(owner.choices[1]!.value).toBe(String(ids.people.li.id));
    submitData = card.actions![0]!.data as typeof submitData;
    expect(submitData.form).toBe("health_assess");
  });

  it("shows each field's error in the dialog, keeps what was typed, and saves nothing", async () => {
    const { answer, posted } = await invoke(MEI, "task/submit", {
      ...submitData,
      needs_fit: "7",
      override_stability_score: "11",
      override_stability_reason: "because",
      override_risk_score: "6",
      action_0_problem: "slow deliveries",
      action_0_deadline: "2026-11-01",
    });
    const card = dialogCard(answer);
    expect(errorUnder(card, "override_stability_score")).toBe("11 is above 10: a score goes from 0 to 10, e.g. 9.5");
    expect(errorUnder(card, "override_risk_reason")).toBe("An override needs a written reason, e.g. “orders steady at ¥1.2M ± ¥0.1M”.");
    expect(errorUnder(card, "action_0_owner")).toBe("Choose who owns this action.");
    expect(errorUnder(card, "action_0_deadline")).toBe("The deadline 2026-11-01 is before the assessment (2026-11-24).");
    expect(input(card, "action_0_problem")).toMatchObject({ value: "slow deliveries" });
    expect(input(card, "override_stability_score")).toMatchObject({ value: 11 });
    expect(input(card, "needs_fit")).toMatchObject({ value: "7" });
    // The same dialog (its sealed state) goes on.
    expect(card.actions![0]!.data).toEqual(submitData);
    expect(posted).toHaveLength(0);
    expect(await recordedHere()).toBe(0);
  });

  it("refuses an owner who is not an active roster person, at that field", async () => {
    const { answer } = await invoke(MEI, "task/submit", {
      ...submitData,
      needs_fit: "7",
      action_0_problem: "slow deliveries",
      action_0_impact: "high",
      action_0_measure: "weekly review",
      action_0_owner: "999999",
      action_0_deadline: "2026-12-15",
    });
    const card = dialogCard(answer);
    expect(errorUnder(card, "action_0_owner")).toBe("The person chosen as owner is not on Steward's roster (or no longer active); choose an owner who is.");
    expect(input(card, "action_0_owner")).toMatchObject({ value: "999999" });
    expect(await recordedHere()).toBe(0);
  });

  it("a forged dialog state saves nothing", async () => {
    const { answer } = await invoke(MEI, "task/submit", { ...submitData, state: submitData.state.replace(`"c":${ids.customers.acme.id}`, `"c":${ids.customers.globex.id}`), needs_fit: "7" });
    expect(answer.task).toMatchObject({ type: "message" });
    expect(answer.task.value).toContain("could not be verified");
    expect(await recordedHere()).toBe(0);
  });

  it("saves a valid assessment once, attributed to Mei, though the dialog is submitted twice", async () => {
    const values = {
      ...submitData,
      needs_fit: "7",
      override_stability_score: "8.5",
      override_stability_reason: "orders dipped in November",
      key_problems: "orders down: competitor pricing\n",
      action_0_problem: "competitor undercuts by 5 %",
      action_0_impact: "high",
      action_0_measure: "volume rebate offer",
      action_0_owner: String(ids.people.li.id),
      action_0_deadline: "2026-12-15",
    };
    const { answer } = await invoke(MEI, "task/submit", values);
    expect(answer.task).toEqual({
      type: "message",
      value: "Assessment of ACME recorded for 2026-11-24: 8.8 good, 1 improvement action. See it with `customer score ACME`.",
    });
    // Teams retries an invoke it got no answer to; a double press does the same.
    const again = await invoke(MEI, "task/submit", values);
    expect(again.answer.task).toMatchObject({ type: "message" });
    expect(again.answer.task.value).toContain("recorded already");
    const saved = await t.db.prisma.assessment.findMany({ where: { viewId: { startsWith: "teams:" } }, include: { actions: true } });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.viewId).toMatch(/^teams:[0-9a-f-]{36}$/);
    expect(saved[0]!.assessorId).toBe(ids.people.mei.id);
    expect(Number(saved[0]!.composite)).toBe(8.8);
    expect(saved[0]!.actions.map((a) => [a.problem, a.impact, a.ownerId])).toEqual([["competitor undercuts by 5 %", "high", ids.people.li.id]]);
    expect((saved[0]!.snapshot as { recordedBy: string }).recordedBy).toBe(`teams:${MEI.aadObjectId}`);
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: { in: ["assessments", "improvement_actions", "assessment_overrides"] }, actor: { not: "cli:test" } }, select: { actor: true } });
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(new Set(audit.map((entry) => entry.actor))).toEqual(new Set([`teams:${MEI.aadObjectId}`]));
    // The score card reads the new assessment.
    const [score] = await teamsSay(local, "customer score ACME", MEI);
    expect(score!.texts.join("\n")).toContain("8.8 / 10 · good");
  });

  it("refuses someone whose role may not assess: at the command, at the dialog, and at a submission", async () => {
    const [refusal] = await teamsSay(local, "customer assess ACME", OSCAR);
    expect(validateAdaptiveCard(refusal!.card)).toEqual([]);
    expect(refusal!.texts.join("\n")).toContain("Sorry — an assessment of ACME is recorded by its owner (<at>Mei Chen</at>), their department head, an executive or an admin.");
    const opened = await invoke(OSCAR, "task/fetch", launcherData);
    expect(opened.answer.task).toMatchObject({ type: "message" });
    expect(opened.answer.task.value).toContain("Sorry — an assessment of ACME is recorded by its owner (Mei Chen)");
    // Mei's dialog (sealed state) submitted by Oscar: refused, nothing saved.
    const submitted = await invoke(OSCAR, "task/submit", { ...submitData, needs_fit: "1" });
    expect(submitted.answer.task).toMatchObject({ type: "message" });
    expect(submitted.answer.task.value).toContain("Sorry — an assessment of ACME");
    expect(await recordedHere()).toBe(1);
    expect(cardTexts(refusal!.card).length).toBeGreaterThan(0);
  });

  it("a dialog left open for days is refused at its first field, worded for Teams, and saves nothing", async () => {
    clock.set(new Date("2026-11-27T01:00:00Z"));
    const { answer } = await invoke(MEI, "task/submit", { ...submitData, needs_fit: "4" });
    const card = dialogCard(answer);
    expect(errorUnder(card, "needs_fit")).toBe("This form was opened for 2026-11-24; close it and type ˋcustomer assessˋ again to assess as of 2026-11-27.");
    expect(await recordedHere()).toBe(1);
  });
});
