import { describe, expect, it } from "vitest";
import { slackMentionsAsTokens } from "../../src/slack/commands/slack-mentions-as-tokens.js";

describe("slackMentionsAsTokens: Slack's escaped user mentions become the domain's identity tokens", () => {
  it("turns <@U…>, <@U…|name> and Enterprise Grid <@W…> into @slack:<id>, wherever they stand", () => {
    expect(slackMentionsAsTokens("override <@U0PRIYA|priya> 2026-12-20..2026-12-27 for <@U0LUKAS>")).toBe("override @slack:U0PRIYA 2026-12-20..2026-12-27 for @slack:U0LUKAS");
    expect(slackMentionsAsTokens("owner <@W0MEI|Mei Chen> tier new")).toBe("owner @slack:W0MEI tier new");
  });

  it("leaves everything else as typed: handles, channel and special mentions, lookalikes", () => {
    for (const text of ["owner @mei", "<#C0SALES|sales>", "<!here>", "<@u0lower>", "<@U0OPEN", "@slack:U0MEI"]) expect(slackMentionsAsTokens(text), text).toBe(text);
  });
});
