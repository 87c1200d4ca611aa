import { describe, expect, it } from "vitest";
import { actorOf } from "../../src/domain/roster/actor-of.js";
import { addressOf } from "../../src/domain/roster/address-of.js";

const TEAMS = "5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c";

describe("a person's direct-message address", () => {
  it("is on their preferred platform when they have an identity there, else Slack (bare, as before), else Teams", () => {
    const both = { slack: "U0LINWEI", teams: TEAMS };
    expect(addressOf({ ids: both, preferredPlatform: "teams" })).toBe(`teams:${TEAMS}`);
    expect(addressOf({ ids: both, preferredPlatform: "slack" })).toBe("U0LINWEI");
    expect(addressOf({ ids: both })).toBe("U0LINWEI");
    expect(addressOf({ ids: { slack: "U0LINWEI" }, preferredPlatform: "teams" })).toBe("U0LINWEI");
    expect(addressOf({ ids: { teams: "lin@example.com" }, preferredPlatform: "slack" })).toBe("teams:lin@example.com");
    expect(addressOf({ ids: {}, preferredPlatform: "teams" })).toBeNull();
  });

  it("does not move who a person acts as: actorOf ignores the preference", () => {
    const lin = { id: 7, ids: { slack: "U0LINWEI", teams: TEAMS }, preferredPlatform: "teams" as const };
    expect(addressOf(lin)).toBe(`teams:${TEAMS}`);
    expect(actorOf(lin)).toBe("U0LINWEI");
  });
});
