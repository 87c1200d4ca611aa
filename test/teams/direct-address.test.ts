import { describe, expect, it } from "vitest";
import { directAddress } from "../../src/domain/roster/direct-address.js";

describe("a person's direct messages go to one platform", () => {
  it("the preferred one when they are on it, else Slack, else Teams", () => {
    const both = { slack: "U0LINWEI", teams: "5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c" };
    expect(directAddress(both, "teams")).toBe("teams:5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c");
    expect(directAddress(both, "slack")).toBe("slack:U0LINWEI");
    expect(directAddress(both, null)).toBe("slack:U0LINWEI");
    expect(directAddress({ slack: "U0LINWEI" }, "teams")).toBe("slack:U0LINWEI");
    expect(directAddress({ teams: "lin@example.com" }, null)).toBe("teams:lin@example.com");
    expect(directAddress({}, "teams")).toBeNull();
  });
});
