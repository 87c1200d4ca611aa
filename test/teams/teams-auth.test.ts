import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
let local: LocalTeams;

beforeAll(async () => {
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

const help = (conversation: string) => ({
  type: "message",
  text: "help",
  from: { id: "29:someone", aadObjectId: "00000000-0000-0000-0000-0000000000aa", name: "Someone" },
  recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
  conversation: { id: conversation, conversationType: "personal", tenantId: LOCAL_TEAMS.tenantId },
});

const stored = async (conversation: string) => t.db.prisma.teamsConversation.count({ where: { conversationId: conversation } });
const repliesTo = (conversation: string) => local.connector.recorded.filter((r) => r.conversationId === conversation);

describe("Bot Connector authentication on /api/messages", () => {
  it("accepts an activity with a valid token: 200, the reply goes to the activity's service URL", async () => {
    const response = await local.connector.send(local.teams.messagesUrl, help("a:valid"));
    expect(response.status).toBe(200);
    expect(repliesTo("a:valid")).toHaveLength(1);
    expect(repliesTo("a:valid")[0]!.authorization).toMatch(/^Bearer ey/);
    expect(await stored("a:valid")).toBe(1);
  });

  const spoiled: Record<string, (c: LocalTeams["connector"]) => string | null> = {
    "no Authorization header": () => null,
    "a forged signature": (c) => `Bearer ${c.issueToken({ forged: true })}`,
    "another audience": (c) => `Bearer ${c.issueToken({ audience: "11111111-1111-1111-1111-111111111111" })}`,
    "another issuer": (c) => `Bearer ${c.issueToken({ issuer: "https://sts.windows.net/evil/" })}`,
    "a serviceurl claim for another Bot Connector": (c) => `Bearer ${c.issueToken({ serviceUrl: "https://smba.evil.example/teams" })}`,
    "an expired token (past the 5-minute tolerance)": (c) => `Bearer ${c.issueToken({ expiresIn: -600 })}`,
    "an unknown key id": (c) => `Bearer ${c.issueToken({ kid: "not-published" })}`,
    "alg: none": (c) => `Bearer ${c.issueToken({ alg: "none" })}`,
    "not a JWT": () => "Bearer not-a-token",
  };
  for (const [name, authorization] of Object.entries(spoiled)) {
    it(`refuses ${name} with 401 and changes nothing`, async () => {
      const conversation = `a:${name.replace(/\W+/g, "-")}`;
      const before = local.connector.recorded.length;
      const response = await local.connector.send(local.teams.messagesUrl, help(conversation), authorization(local.connector));
      expect(response.status).toBe(401);
      expect(local.connector.recorded.length).toBe(before);
      expect(await stored(conversation)).toBe(0);
    });
  }
});
