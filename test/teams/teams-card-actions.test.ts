import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { cardTexts, teamsSay } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { PICK_CUSTOMER_ACTION } from "../../src/domain/health/customer-choice-message.js";
import { TABLE_NEXT_ACTION, TABLE_PREVIOUS_ACTION } from "../../src/domain/health/customer-table-message.js";
import { SHARE_SCORE_ACTION } from "../../src/domain/health/health-report-message.js";
import { RECORD_RESULT_ACTION } from "../../src/domain/health/improvement-actions-message.js";
import { REMINDER_ACTIONS } from "../../src/domain/reminders/reminder-actions.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
let local: LocalTeams;
const OLGA = { aadObjectId: "0a1b2c3d-0000-4000-8000-00000000016a", name: "Olga" };
const STRANGER = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000ff", name: "Stranger" };

beforeAll(async () => {
  await seedComplaintRoster(t.db);
  await setTeamsIdentity(t.db, "U_OWNER", OLGA.aadObjectId);
  local = await startLocalTeams({ db: t.db, settings: teamSettingsSchema.parse({}), clock: new ManualClock(new Date("2026-11-24T09:00:00Z")), logger: createLogger("error") });
});
afterAll(async () => {
  await local?.stop();
});

/** Presses an Action.Execute button as Teams sends it: an adaptiveCard/action invoke. */
async function press(from: { aadObjectId: string; name: string }, verb: string, data: unknown, conversation = "19:sales@thread.tacv2") {
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, {
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data } },
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { id: conversation, conversationType: "channel", tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId } },
  });
  expect(response.status).toBe(200);
  return { body: JSON.parse(response.body || "{}") as { type?: string; value?: unknown }, posted: local.connector.recorded.slice(before) };
}

describe("card buttons (Action.Execute) in Teams", () => {
  it("Share in channel posts the report for everyone, with the same access check as in Slack", async () => {
    const [score] = await teamsSay(local, "<at>Steward</at> customer score ACME", OLGA, { id: "19:sales@thread.tacv2", type: "channel", teamId: "19:team@thread.tacv2" });
    const actions = score!.card.body.filter((e) => e.type === "ActionSet").flatMap((e) => e.actions as { verb: string; data: unknown }[]);
    const share = actions.find((action) => action.verb === "health_share_score");
    expect(share).toBeDefined();
    const { body, posted } = await press(OLGA, "health_share_score", share!.data);
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(posted).toHaveLength(1);
    const card = (posted[0]!.activity as { attachments: { content: unknown }[] }).attachments[0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const texts = cardTexts(card).join("\n");
    expect(texts).toMatch(/^ACME · Acme Corp — /);
    expect(texts).toContain("shared by <at>Olga</at>");
    expect(texts).not.toContain("Share in channel");
  });

  it("a stranger's press is refused and posts nothing", async () => {
    const { body, posted } = await press(STRANGER, "health_share_score", { value: '{"c":1}' });
    expect(body.value).toContain("not on it yet");
    expect(posted).toHaveLength(0);
  });

  it("a button Steward does not know (a card from before a change) is answered as out of date and changes nothing", async () => {
    const { body, posted } = await press(OLGA, "health_retired_button", { value: '{"a":1}' });
    expect(body.value).toBe("This button is out of date: type the command again for a fresh card. Nothing was changed.");
    expect(posted).toHaveLength(0);
  });

  it("Record result on an action that no longer exists says so and posts nothing", async () => {
    const { body, posted } = await press(OLGA, "health_record_result", { value: '{"a":999999}' });
    expect(body.value).toBe("That improvement action no longer exists.");
    expect(posted).toHaveLength(0);
  });

  it("a reminder button naming an item the ledger does not know says so and changes nothing", async () => {
    const { body, posted } = await press(OLGA, "reminder_done", { value: '{"k":"x"}' });
    expect(body.value).toBe("This reminder is no longer known to Steward; nothing was changed.");
    expect(posted).toHaveLength(0);
    expect(await t.db.prisma.reminderState.count()).toBe(0);
  });

  it("a table page button with a value that is not ours says the page is gone, and replaces nothing", async () => {
    const { body, posted } = await press(OLGA, "health_table_next", { value: "not-a-page" });
    expect(body.type).toBe("application/vnd.microsoft.activity.message");
    expect(posted).toHaveLength(1);
    const card = (posted[0]!.activity as { attachments: { content: unknown }[] }).attachments[0]!.content;
    expect(cardTexts(card).join("\n")).toBe("That page is no longer available; type the command again.");
  });

  it("the next page of customer health replaces the table in place", async () => {
    const { body, posted } = await press(OLGA, "health_table_next", { value: JSON.stringify({ k: "health", p: 1 }) });
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(body.value)).toEqual([]);
    expect(posted).toHaveLength(0);
  });

  it("the verbs Teams answers are every verb Steward's cards carry: the health buttons, the case card's buttons, its satisfaction prompt and the reminder digests' buttons", () => {
    expect(local.teams.registered.verbs.sort()).toEqual([
      "complaint_acknowledge",
      "complaint_confirm",
      "complaint_escalate",
      "complaint_reopen",
      "complaint_resolve",
      "complaint_resume",
      "complaint_satisfaction",
      "complaint_update",
      "complaint_wait",
      "health_pick_customer",
      "health_record_result",
      "health_share_score",
      "health_table_next",
      "health_table_previous",
      "reminder_done",
      "reminder_open",
      "reminder_snooze",
    ]);
    // Every button id a neutral message carries (what Slack registers as actions) is answered in Teams.
    const carried = [...Object.values(COMPLAINT_ACTIONS), ...Object.values(REMINDER_ACTIONS), PICK_CUSTOMER_ACTION, TABLE_NEXT_ACTION, TABLE_PREVIOUS_ACTION, SHARE_SCORE_ACTION, RECORD_RESULT_ACTION];
    expect(carried.filter((verb) => !local.teams.registered.verbs.includes(verb))).toEqual([]);
  });
});
