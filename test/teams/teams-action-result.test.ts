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
const clock = new ManualClock(new Date("2026-11-24T09:00:00Z"));
let ids: Awaited<ReturnType<typeof seedHealthRoster>>;

const aad = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Mei owns ACME and its open action, and is on Teams only: her changes are recorded under her Teams identity. */
const MEI = { aadObjectId: aad(1), name: "Mei Chen" };
/** Oscar is frontline in another department: he may not record ACME's results. */
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

function activity(from: typeof MEI, type: string, name: string, value: unknown) {
  return {
    type,
    name,
    value,
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { ...CHAT(from), tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  };
}

/** An Action.Execute press as Teams sends it (adaptiveCard/action), through /api/messages. */
async function press(from: typeof MEI, verb: string, data: unknown) {
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, activity(from, "invoke", "adaptiveCard/action", { action: { type: "Action.Execute", verb, data } }));
  expect(response.status).toBe(200);
  return { body: JSON.parse(response.body || "{}") as { type?: string; value?: unknown }, posted: local.connector.recorded.slice(before) };
}

/** A dialog invoke (task/fetch, task/submit) as Teams sends it, through /api/messages. */
async function invoke(from: typeof MEI, name: "task/fetch" | "task/submit", data: Record<string, unknown>) {
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, activity(from, "invoke", name, { data }));
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
const input = (card: Card, id: string) => card.body.find((element) => element.id === id);
/** The error shown right under a field. */
const errorUnder = (card: Card, id: string) => card.body.slice(card.body.findIndex((e) => e.id === id) + 1).find((e) => e.color === "Attention" || typeof e.id === "string")?.text;
const theAction = () => t.db.prisma.improvementAction.findFirstOrThrow({ where: { problem: "delivery 3–5 days slower than competitors" } });
const buttonsOf = (card: { body: Record<string, unknown>[] }) => card.body.filter((e) => e.type === "ActionSet").flatMap((e) => e.actions as { type: string; title: string; verb?: string; data: Record<string, unknown> }[]);

describe("an improvement action's result in Teams, through /api/messages: button, launcher, dialog, field errors, recorded once", () => {
  let recordButton: { verb?: string; data: Record<string, unknown> };
  let launcherData: Record<string, unknown>;
  let submitData: { form: string; state: string };

  it("`customer actions ACME` lists the action with its Record result button (Action.Execute)", async () => {
    const [list] = await teamsSay(local, "customer actions ACME", MEI);
    expect(validateAdaptiveCard(list!.card)).toEqual([]);
    expect(list!.texts.join("\n")).toContain("delivery 3–5 days slower than competitors");
    const buttons = buttonsOf(list!.card);
    expect(buttons.map((b) => [b.type, b.title, b.verb])).toEqual([["Action.Execute", "Record result", "health_record_result"]]);
    recordButton = buttons[0]!;
    expect(recordButton.data).toEqual({ value: JSON.stringify({ a: (await theAction()).id }) });
  });

  it("a press by someone who may not record is refused, to them alone, and posts nothing", async () => {
    const { body, posted } = await press(OSCAR, "health_record_result", recordButton.data);
    expect(body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "Sorry — only the action's owner, the customer's owner, their department head, executives and admins record results. Nothing was changed.",
    });
    expect(posted).toHaveLength(0);
  });

  it("the owner's press answers with the card whose button opens the result dialog", async () => {
    const { body, posted } = await press(MEI, "health_record_result", recordButton.data);
    expect(body.value).toBe("Open the result form with the button Steward just posted.");
    expect(posted).toHaveLength(1);
    const card = (posted[0]!.activity as { attachments: { content: { body: Record<string, unknown>[] } }[] }).attachments[0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(["Record the result", "**ACME**: delivery 3–5 days slower than competitors\n→ supply-chain review (due 2026-12-31)"]);
    const [button] = buttonsOf(card);
    expect(button).toMatchObject({ type: "Action.Submit", title: "Open the result form" });
    expect(button!.data).toEqual({ msteams: { type: "task/fetch" }, form: "health_action_result", a: (await theAction()).id });
    launcherData = button!.data;
  });

  it("opens the dialog for the owner, and refuses it to someone who may not record", async () => {
    const refused = await invoke(OSCAR, "task/fetch", launcherData);
    expect(refused.answer.task).toMatchObject({ type: "message" });
    expect(refused.answer.task.value).toContain("Sorry — only the action's owner");
    const { answer } = await invoke(MEI, "task/fetch", launcherData);
    expect(answer.task.type === "continue" && answer.task.value.title).toBe("Action result");
    const card = dialogCard(answer);
    expect(input(card, "result")).toMatchObject({ type: "Input.Text", label: "Result", isRequired: true, isMultiline: true, maxLength: 1000 });
    submitData = card.actions![0]!.data as typeof submitData;
    expect(submitData.form).toBe("health_action_result");
  });

  it("shows the field's error in the dialog, keeps what was typed, and saves nothing", async () => {
    const long = `rebate accepted ${"and more ".repeat(120)}`;
    const { answer, posted } = await invoke(MEI, "task/submit", { ...submitData, result: long });
    const card = dialogCard(answer);
    expect(errorUnder(card, "result")).toBe("Keep the result under 1,000 characters.");
    expect(input(card, "result")).toMatchObject({ value: long });
    // The same dialog (its sealed state) goes on.
    expect(card.actions![0]!.data).toEqual(submitData);
    const blank = dialogCard((await invoke(MEI, "task/submit", { ...submitData, result: "   " })).answer);
    expect(errorUnder(blank, "result")).toBe("Write what came of the action, e.g. “delivery time down to 2 days, customer confirmed”.");
    expect(posted).toHaveLength(0);
    expect((await theAction()).completedAt).toBeNull();
  });

  it("a forged dialog state, or the owner's dialog submitted by someone who may not record, saves nothing", async () => {
    const forged = await invoke(MEI, "task/submit", { ...submitData, state: submitData.state.slice(0, -2), result: "done" });
    expect(forged.answer.task).toMatchObject({ type: "message" });
    expect(forged.answer.task.value).toContain("could not be verified");
    const other = await invoke(OSCAR, "task/submit", { ...submitData, result: "I did it" });
    expect(other.answer.task).toMatchObject({ type: "message" });
    expect(other.answer.task.value).toContain("Sorry — only the action's owner");
    expect((await theAction()).completedAt).toBeNull();
  });

  it("records a valid result once, attributed to Mei, though the dialog is submitted twice", async () => {
    const values = { ...submitData, result: "supplier switched, deliveries on par <b>now</b>" };
    const { answer } = await invoke(MEI, "task/submit", values);
    expect(answer.task).toEqual({ type: "message", value: "Result recorded for ACME: delivery 3–5 days slower than competitors → “supplier switched, deliveries on par <b>now</b>”." });
    // Teams retries an invoke it got no answer to; a double press does the same.
    const again = await invoke(MEI, "task/submit", values);
    expect(again.answer.task).toEqual({ type: "message", value: "This result was recorded already; nothing was recorded twice." });
    const saved = await theAction();
    expect(saved.result).toBe("supplier switched, deliveries on par <b>now</b>");
    expect(saved.completedBy).toBe(`teams:${MEI.aadObjectId}`);
    expect(saved.completedAt).toEqual(clock.now());
    const audit = await t.db.prisma.auditLog.findMany({ where: { tableName: "improvement_actions", action: "update" }, select: { actor: true } });
    expect(audit.map((entry) => entry.actor)).toEqual([`teams:${MEI.aadObjectId}`]);
    // Another text afterwards is someone's second result: refused in the dialog (now closed to new results).
    const later = await invoke(MEI, "task/submit", { ...submitData, result: "something else" });
    expect(later.answer.task).toMatchObject({ type: "message" });
    expect(later.answer.task.value).toBe("That action already has a result: “supplier switched, deliveries on par <b>now</b>”. Nothing was changed.");
    expect((await theAction()).result).toBe("supplier switched, deliveries on par <b>now</b>");
  });

  it("the list shows the result (escaped) and no button any more; the old button says it has its result", async () => {
    const [list] = await teamsSay(local, "customer actions ACME", MEI);
    expect(validateAdaptiveCard(list!.card)).toEqual([]);
    // The typed markup is text: the renderer breaks its tags with a zero-width space.
    expect(list!.texts.join("\n")).toContain("**done**: supplier switched, deliveries on par <\u200bb>now<\u200b/b>");
    expect(buttonsOf(list!.card)).toEqual([]);
    const { body, posted } = await press(MEI, "health_record_result", recordButton.data);
    expect(body.value).toBe("That action already has a result: “supplier switched, deliveries on par <b>now</b>”. Nothing was changed.");
    expect(posted).toHaveLength(0);
    expect(ids.customers.acme.key).toBe("ACME");
  });
});
