import { describe, expect, it } from "vitest";
import { teamsMentionsAsTokens } from "../../src/teams/commands/teams-mentions-as-tokens.js";

const BOT = { id: "28:steward-app" };
const mention = (name: string, id: string, aadObjectId?: string) => ({ type: "mention", text: `<at>${name}</at>`, mentioned: { id, name, ...(aadObjectId ? { aadObjectId } : {}) } });

describe("teamsMentionsAsTokens: a Teams message's mentions as the domain reads people", () => {
  it("drops the bot's own mention and turns a person's into @teams:<AAD id>", () => {
    const text = "<at>Steward</at> customer away <at>Lukas Meyer</at> 2026-12-20";
    const entities = [mention("Steward", BOT.id), mention("Lukas Meyer", "29:lukas", "0a1b2c3d-0000-4000-8000-000000000001")];
    expect(teamsMentionsAsTokens({ text, entities, recipient: BOT })).toBe("customer away @teams:0a1b2c3d-0000-4000-8000-000000000001 2026-12-20");
  });

  it("names someone Teams sent no AAD id for by their display name as a handle", () => {
    const entities = [mention("Lukas O'Meyer", "29:lukas")];
    expect(teamsMentionsAsTokens({ text: "customer deputy ACME <at>Lukas O'Meyer</at>", entities, recipient: BOT })).toBe("customer deputy ACME @LukasOMeyer");
  });

  it("ignores entities that are not mentions, and leaves text without mentions as typed", () => {
    const entities = [{ type: "clientInfo", locale: "de-DE" }, null, "x"];
    expect(teamsMentionsAsTokens({ text: " customer list owner @mei ", entities, recipient: BOT })).toBe("customer list owner @mei");
    expect(teamsMentionsAsTokens({ recipient: BOT })).toBe("");
  });
});
