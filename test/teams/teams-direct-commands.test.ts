import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { teamsSay } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const t = useTestDatabase();
let local: LocalTeams;
const OLGA = { aadObjectId: "0a1b2c3d-0000-4000-8000-00000000016a", name: "Olga" };
const FAY_AAD = "0a1b2c3d-0000-4000-8000-0000000000fa";
const STRANGER = { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000ff", name: "Stranger" };

beforeAll(async () => {
  await seedComplaintRoster(t.db);
  await setTeamsIdentity(t.db, "U_OWNER", OLGA.aadObjectId);
  await setTeamsIdentity(t.db, "U_FRONT", FAY_AAD);
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

async function ask(text: string, from = OLGA) {
  const replies = await teamsSay(local, text, from);
  expect(replies).toHaveLength(1);
  for (const reply of replies) expect(validateAdaptiveCard(reply.card)).toEqual([]);
  const all = replies[0]!.texts.join("\n");
  // The use cases word usage for the slash commands; Teams users type them without it.
  expect(all).not.toMatch(/\/(customer|complaint)\b/);
  return all;
}

describe("subcommands Teams answers through their use cases (no Slack seam)", () => {
  it("complaint oncall: who is on call; anything else after it gets the usage", async () => {
    expect(await ask("complaint oncall")).toMatch(/tier/i);
    expect(await ask("complaint oncall bogus")).toContain("complaint oncall shows who is on call");
  });

  it("complaint show with no number: the specific message, quoting what was typed", async () => {
    expect(await ask("complaint show abc")).toBe("Give the case number, e.g. complaint show 42 (you typed abc).");
  });

  it("complaints are refused to someone not on the roster", async () => {
    expect(await ask("complaint report", STRANGER)).toContain("not on it yet");
  });

  it("customer deputy with bad input and customer away: the roster use cases' answers", async () => {
    expect(await ask("customer deputy")).toMatch(/customer deputy ACME/i);
    expect((await ask("customer away")).length).toBeGreaterThan(0);
  });

  it("customer actions ACME: the improvement-actions table of the customer", async () => {
    expect(await ask("customer actions ACME")).toContain("ACME");
  });

  it("a control character in the typed text is refused with the slash commands' message", async () => {
    expect(await ask("customer score AC\u0007ME")).toContain("control character (U+0007) at position 9");
  });
});

describe("people named by Teams mentions (the Teams adapter reads <at>…</at>, the domain gets identity tokens)", () => {
  const deputyOfAcme = async () =>
    (await t.db.prisma.customer.findUniqueOrThrow({ where: { key: "ACME" }, include: { deputyOwner: true } })).deputyOwner?.name ?? null;
  const say = async (text: string, mentions: Parameters<typeof teamsSay>[4], conversation: Parameters<typeof teamsSay>[3] = {}) => {
    const replies = await teamsSay(local, text, OLGA, conversation, mentions);
    expect(replies).toHaveLength(1);
    expect(validateAdaptiveCard(replies[0]!.card)).toEqual([]);
    return replies[0]!.texts.join("\n");
  };

  it("a mention carrying the person's AAD object id names them by their Teams identity", async () => {
    const text = await say("customer deputy ACME <at>Fay</at>", [{ text: "<at>Fay</at>", mentioned: { id: "29:fay", name: "Fay", aadObjectId: FAY_AAD } }]);
    expect(text).toContain("<at>Fay</at> is the deputy owner of **ACME**.");
    expect(await deputyOfAcme()).toBe("Fay");
  });

  it("a mention without an AAD id names them by their display name; in a channel the bot's own mention is dropped", async () => {
    const text = await say(
      "<at>Steward</at> customer deputy ACME <at>Tom</at>",
      [{ text: "<at>Tom</at>", mentioned: { id: "29:tom", name: "Tom" } }],
      { id: "19:sales@thread.tacv2", type: "channel", teamId: "19:team@thread.tacv2" },
    );
    // Tom has no Teams identity, so he is named, not mentioned.
    expect(text).toContain("Tom is the deputy owner of **ACME**.");
    expect(await deputyOfAcme()).toBe("Tom");
  });

  it("a mention of someone not on the roster changes nothing", async () => {
    const text = await say("customer deputy ACME <at>Zed</at>", [{ text: "<at>Zed</at>", mentioned: { id: "29:zed", name: "Zed", aadObjectId: "0a1b2c3d-0000-4000-8000-00000000000z" } }]);
    expect(text).toContain("nobody active on the roster is called @0a1b2c3d-0000-4000-8000-00000000000z");
    expect(await deputyOfAcme()).toBe("Tom");
  });
});
