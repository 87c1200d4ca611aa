import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { teamsSay } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
let local: LocalTeams;
const OLGA = { aadObjectId: "0a1b2c3d-0000-4000-8000-00000000016a", name: "Olga" };
const FAY_UPN = "fay@acme.example";
const STRANGER = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000ff", name: "Stranger" };

beforeAll(async () => {
  await seedComplaintRoster(t.db);
  // Olga is known to Teams by her AAD object id; Fay only by her UPN (not matched from an activity).
  await setTeamsIdentity(t.db, "U_OWNER", OLGA.aadObjectId);
  await setTeamsIdentity(t.db, "U_FRONT", FAY_UPN);
  local = await startLocalTeams({
    db: t.db,
    settings: teamSettingsSchema.parse({}),
    clock: new ManualClock(new Date("2026-11-24T09:00:00Z")),
    logger: createLogger(process.env.STEWARD_TEST_LOG === "1" ? "debug" : "error"),
  });
});
afterAll(async () => {
  await local?.stop();
});

async function ask(text: string, from = OLGA, conversation?: Parameters<typeof teamsSay>[3]) {
  const replies = await teamsSay(local, text, from, conversation);
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) expect(validateAdaptiveCard(reply.card)).toEqual([]);
  return replies;
}

describe("commands typed in Teams: the slash commands' parsers and answers, as cards", () => {
  it("customer score ACME: the score report with its Action.Execute share button", async () => {
    const [reply] = await ask("customer score ACME");
    expect(reply!.texts[0]).toMatch(/^ACME · Acme Corp — /);
    expect(reply!.texts.join("\n")).toContain("Trend");
    expect(JSON.stringify(reply!.card)).toContain('"verb":"health_share_score"');
  });

  it("customer show ACME: the facts, the owner mentioned by her Teams id", async () => {
    const [reply] = await ask("customer show ACME");
    expect(reply!.texts[0]).toBe("ACME · Acme Corp");
    expect(reply!.texts).toContain("Owner: <at>Olga</at>");
    expect(reply!.card.msteams?.entities).toEqual([{ type: "mention", text: "<at>Olga</at>", mentioned: { id: OLGA.aadObjectId, name: "Olga" } }]);
  });

  it("customer list grade poor, customer health: the same filters and summaries", async () => {
    const [list] = await ask("customer list grade poor");
    expect(list!.texts.join("\n")).toMatch(/poor|No customer/i);
    const [health] = await ask("customer health");
    expect(health!.texts.join("\n").length).toBeGreaterThan(0);
  });

  it("customer assess and complaint new answer with the buttons that open their dialogs; nothing saved", async () => {
    // The assessment itself is a dialog (test/teams/teams-assessment.test.ts): the answer is its button.
    const [assess] = await ask("customer assess ACME");
    expect(assess!.texts).toEqual(["Assess ACME"]);
    expect(assess!.card.body[1]).toMatchObject({ type: "ActionSet", actions: [{ type: "Action.Submit", title: "Open the assessment form", data: { msteams: { type: "task/fetch" }, form: "health_assess" } }] });
    expect(await t.db.prisma.assessment.count()).toBe(0);
    const [intake] = await ask("complaint new ACME");
    // The intake itself is a dialog (test/teams/teams-urgent-complaint.test.ts): the answer is its button.
    expect(intake!.texts).toEqual(["New complaint for ACME"]);
    expect(intake!.card.body[1]).toMatchObject({ type: "ActionSet", actions: [{ type: "Action.Submit", title: "Open the intake form" }] });
    expect(await t.db.prisma.complaint.count()).toBe(0);
  });

  it("complaint list open, complaint show 42, complaint report 2026-11", async () => {
    const [list] = await ask("complaint list open");
    expect(list!.texts.join("\n")).toMatch(/complaint/i);
    const [show] = await ask("complaint show 42");
    expect(show!.texts.join("\n")).toContain("42");
    const [report] = await ask("complaint report 2026-11");
    expect(report!.texts.join("\n")).toContain("2026-11");
  });

  it("help (and anything unknown) lists the commands as Teams users type them, without Slack's slash", async () => {
    const [help] = await ask("help");
    const text = help!.texts.join("\n");
    expect(text).toContain("customer score");
    expect(text).toContain("complaint report");
    expect(text).not.toContain("/customer");
    const [unknown] = await ask("frobnicate now");
    expect(unknown!.texts.join("\n")).toContain("Unknown command frobnicate.");
    const [sub] = await ask("customer frobnicate");
    expect(sub!.texts.join("\n")).toContain("Unknown subcommand frobnicate.");
  });

  it("a bad argument gets the same specific message as in Slack", async () => {
    const [reply] = await ask("customer score ACME at 2026-13-45");
    expect(reply!.texts.join("\n")).toMatch(/2026-13-45/);
  });

  it("someone the roster lists by sign-in name is found through Teams' member lookup", async () => {
    const fay = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000fa", name: "Fay" };
    local.connector.addMember({ id: `29:${fay.aadObjectId}`, aadObjectId: fay.aadObjectId, name: "Fay", userPrincipalName: "FAY@acme.example" });
    const [reply] = await ask("complaint list open", fay);
    expect(reply!.texts.join("\n")).not.toContain("not on it yet");
  });

  it("someone not on the roster is told so, and sees no customer data", async () => {
    const [reply] = await ask("customer score ACME", STRANGER);
    expect(reply!.texts.join("\n")).toContain("not on it yet");
    expect(reply!.texts.join("\n")).not.toContain("Acme Corp");
  });

  it("an @mention in a team channel is a command too, and the channel's reference is stored", async () => {
    const [reply] = await ask("<at>Steward</at> customer show ACME", OLGA, { id: "19:sales@thread.tacv2", type: "channel", teamId: "19:team@thread.tacv2" });
    expect(reply!.texts[0]).toBe("ACME · Acme Corp");
    const stored = await t.db.prisma.teamsConversation.findUnique({ where: { conversationId: "19:sales@thread.tacv2" } });
    expect(stored).toMatchObject({ scope: "team", teamId: "19:team@thread.tacv2", serviceUrl: local.connector.url, installed: true });
  });
});
