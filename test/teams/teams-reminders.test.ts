import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { withActor } from "../../src/db/with-actor.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/create-scheduler.js";
import { createRemindersJob } from "../../src/scheduler/jobs/reminders-job.js";
import { createTeamsDeliveryPort } from "../../src/teams/delivery/teams-delivery-port.js";
import type { AdaptiveCard } from "../../src/teams/render/adaptive-card.js";
import { cardTexts } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
const settings = teamSettingsSchema.parse({});
const clock = new ManualClock(new Date("2026-11-24T00:00:00Z"));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let local: LocalTeams;
let scheduler: Scheduler;

/** Tara owns TARACO (Teams only); Ben is on the roster too, not an admin; Ada is an admin. */
const TARA = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000a1", name: "Tara" };
const BEN = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000b2", name: "Ben" };
const TARA_CHAT = "a:tara-chat";
let taraId = 0;

beforeAll(async () => {
  local = await startLocalTeams({ db: t.db, settings, clock, logger: createLogger("error") });
  await withActor(t.db, "cli:test", async (tx) => {
    const tara = await tx.person.create({ data: { name: "Tara", timeZone: "Europe/Berlin", roles: ["owner"], identities: { create: { platform: "teams", externalId: TARA.aadObjectId } } } });
    taraId = tara.id;
    await tx.person.create({ data: { name: "Ben", timeZone: "Europe/Berlin", roles: ["owner"], identities: { create: { platform: "teams", externalId: BEN.aadObjectId } } } });
    const customer = await tx.customer.create({ data: { key: "TARACO", name: "Customer of Tara", ownerId: tara.id, createdAt: new Date("2026-01-05T00:00:00Z") } });
    // Two birthdays today (and the new customer's follow-up and first assessment): one digest of four items.
    await tx.contact.create({ data: { customerId: customer.id, name: "Anna Born", birthdayMonth: 11, birthdayDay: 24 } });
    await tx.contact.create({ data: { customerId: customer.id, name: "Bruno Born", birthdayMonth: 11, birthdayDay: 24 } });
  });
  // Tara installed Steward in Teams: her personal chat is where Steward reaches her.
  const installed = await local.connector.send(local.teams.messagesUrl, {
    type: "installationUpdate",
    action: "add",
    from: { id: `29:${TARA.aadObjectId}`, aadObjectId: TARA.aadObjectId, name: TARA.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { id: TARA_CHAT, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  });
  expect(installed.status).toBe(200);
  scheduler = createScheduler({
    db: t.db,
    settings,
    logger: quiet,
    jobs: [createRemindersJob()],
    ports: { teams: createTeamsDeliveryPort({ app: local.teams.app, db: t.db, serviceUrlOverride: local.connector.url, logger: quiet }) },
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await local?.stop();
});

type Action = { type: string; verb?: string; data?: Record<string, unknown> };
const actionsOf = (card: AdaptiveCard) => card.body.filter((e) => e.type === "ActionSet").flatMap((e) => e.actions as Action[]);

/** Presses an Action.Execute on the digest as Teams sends it: an adaptiveCard/action invoke from the card's message. */
async function press(from: typeof TARA, verb: string, data: Record<string, unknown>, messageId: string) {
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, {
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: messageId,
    value: { action: { type: "Action.Execute", verb, data } },
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { id: TARA_CHAT, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  });
  expect(response.status).toBe(200);
  return { body: JSON.parse(response.body || "{}") as { type?: string; value?: unknown }, posted: local.connector.recorded.slice(before) };
}
const states = () => t.db.prisma.reminderState.findMany({ orderBy: { itemKey: "asc" } });

describe("reminder digests in Teams: Done and Snooze as Action.Execute, the card refreshed in place", () => {
  let digest: { id: string; card: AdaptiveCard };
  let keys: string[];

  it("the 09:00 digest reaches Tara's chat with Done and Snooze for each of its items", async () => {
    await scheduler.advanceTo(new Date("2026-11-24T09:00:00Z"), clock);
    const posts = local.connector.recorded.filter((r) => r.method === "POST" && r.conversationId === TARA_CHAT);
    expect(posts).toHaveLength(1);
    const card = (posts[0]!.activity as { attachments: { content: AdaptiveCard }[] }).attachments[0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(cardTexts(card).join("\n")).toContain("4 reminders for you");
    digest = { id: posts[0]!.activityId, card };
    const done = actionsOf(card).filter((a) => a.verb === "reminder_done");
    expect(done).toHaveLength(4);
    keys = done.map((a) => (JSON.parse(a.data!.value as string) as { k: string }).k);
    expect(actionsOf(card).filter((a) => a.verb === "reminder_snooze")).toHaveLength(4);
  });

  it("a press by someone else is refused and changes nothing", async () => {
    const done = actionsOf(digest.card).find((a) => a.verb === "reminder_done")!;
    const { body, posted } = await press(BEN, "reminder_done", done.data!, digest.id);
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(body.value).toBe("This reminder was sent to someone else; only they or an admin can act on it. Nothing was changed.");
    expect(posted).toHaveLength(0);
    expect(await states()).toEqual([]);
  });

  it("Done by Tara: recorded once, attributed to her, the card refreshed with the item done and the others still open", async () => {
    const done = actionsOf(digest.card).find((a) => a.verb === "reminder_done")!;
    const { body } = await press(TARA, "reminder_done", done.data!, digest.id);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = body.value as AdaptiveCard;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const texts = cardTexts(card).join("\n");
    expect(texts).toContain("4 reminders for you");
    expect(texts).toMatch(/✅ Done by <at>Tara<\/at> at \{\{DATE\(2026-11-24T09:00:00Z, SHORT\)\}\} \{\{TIME\(2026-11-24T09:00:00Z\)\}\}\./);
    // The done item lost its buttons; the other items keep Done and Snooze.
    expect(actionsOf(card).filter((a) => a.verb === "reminder_done").map((a) => (JSON.parse(a.data!.value as string) as { k: string }).k)).toEqual(keys.slice(1));
    expect(card.msteams?.entities).toEqual([{ type: "mention", text: "<at>Tara</at>", mentioned: { id: TARA.aadObjectId, name: "Tara" } }]);
    const [state] = await states();
    expect(state).toMatchObject({ itemKey: keys[0], doneBy: `teams:${TARA.aadObjectId}`, doneAt: new Date("2026-11-24T09:00:00Z") });
    const audit = await t.db.prisma.auditLog.findMany({ where: { actor: `teams:${TARA.aadObjectId}` } });
    expect(audit.length).toBeGreaterThan(0);

    // The same press again (Teams retries; a double click): nothing more, the same card.
    const again = await press(TARA, "reminder_done", done.data!, digest.id);
    expect(again.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(again.body.value).toEqual(card);
    expect(await states()).toHaveLength(1);
    expect(await t.db.prisma.auditLog.count({ where: { actor: `teams:${TARA.aadObjectId}` } })).toBe(audit.length);
  });

  it("Snooze 1 week by Tara: the item comes back once, later; the card shows it snoozed; a second press schedules nothing more", async () => {
    const snooze = actionsOf(digest.card).filter((a) => a.verb === "reminder_snooze")[1]!;
    const input = snooze.data!.input as string;
    const choice = digest.card.body.find((e) => e.id === input) as unknown as { choices: { title: string; value: string }[] };
    const week = choice.choices.find((c) => c.title === "Snooze 1 week")!;
    // Pressed before picking how long (Teams sends the input empty): told what to do, nothing changed.
    const unpicked = await press(TARA, "reminder_snooze", { ...snooze.data, [input]: "" }, digest.id);
    expect(unpicked.body).toMatchObject({ type: "application/vnd.microsoft.activity.message", value: "Pick how long first (1 day or 1 week), then press the button again. Nothing was changed." });
    const { body } = await press(TARA, "reminder_snooze", { ...snooze.data, [input]: week.value }, digest.id);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    const card = body.value as AdaptiveCard;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const texts = cardTexts(card).join("\n");
    expect(texts).toContain("✅ Done by <at>Tara</at>");
    expect(texts).toMatch(/💤 Snoozed by <at>Tara<\/at> until \{\{DATE\(2026-12-01T0[89]:00:00Z, SHORT\)\}\}/);
    expect(actionsOf(card).filter((a) => a.verb === "reminder_done").map((a) => (JSON.parse(a.data!.value as string) as { k: string }).k)).toEqual(keys.slice(2));
    const resends = () => t.db.prisma.delivery.findMany({ where: { key: { startsWith: `${keys[1]}#snooze@` } } });
    expect(await resends()).toHaveLength(1);
    const state = (await states()).find((s) => s.itemKey === keys[1]);
    expect(state?.snoozedBy).toBe(`teams:${TARA.aadObjectId}`);

    // Pressed again, with another choice: snoozed already, nothing more scheduled, the same card.
    const day = choice.choices.find((c) => c.title === "Snooze 1 day")!;
    const again = await press(TARA, "reminder_snooze", { ...snooze.data, [input]: day.value }, digest.id);
    expect(again.body.value).toEqual(card);
    expect(await resends()).toHaveLength(1);
    expect((await states()).find((s) => s.itemKey === keys[1])?.snoozedUntil).toEqual(state?.snoozedUntil);
  });

  it("a snooze by someone else is refused too", async () => {
    const snooze = actionsOf(digest.card).filter((a) => a.verb === "reminder_snooze")[0]!;
    const input = snooze.data!.input as string;
    const choice = digest.card.body.find((e) => e.id === input) as unknown as { choices: { value: string }[] };
    const { body } = await press(BEN, "reminder_snooze", { ...snooze.data, [input]: choice.choices[0]!.value }, digest.id);
    expect(body.value).toBe("This reminder was sent to someone else; only they or an admin can act on it. Nothing was changed.");
    expect((await states()).find((s) => s.itemKey === keys[0])?.snoozedUntil).toBeNull();
  });

  it("answers the reminder verbs in Teams", () => {
    expect(local.teams.registered.verbs).toEqual(expect.arrayContaining(["reminder_done", "reminder_snooze", "reminder_open"]));
    expect(taraId).toBeGreaterThan(0);
  });
});
