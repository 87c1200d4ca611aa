import { describe, expect, it } from "vitest";
import { mrkdwn, renderBlocks } from "../../src/console/render-blocks.js";

const names = { user: (id: string) => (id === "U1" ? "Li" : undefined), channel: (id: string) => (id === "C1" ? "cx-support" : undefined) };

describe("Block Kit in the console", () => {
  it("numbers buttons from the given number and keeps their action ids and values", () => {
    const rendered = renderBlocks(
      [
        { type: "header", text: { type: "plain_text", text: "Case 7" } },
        { type: "section", text: { type: "mrkdwn", text: "*urgent* for <@U1>" }, fields: [{ type: "mrkdwn", text: "*Tier* 2" }] },
        { type: "actions", elements: [{ type: "button", action_id: "ack", value: "7", text: { type: "plain_text", text: "Acknowledge" } }, { type: "button", action_id: "resolve", value: "7", text: { type: "plain_text", text: "Resolve" } }] },
        { type: "context", elements: [{ type: "mrkdwn", text: "in <#C1>" }] },
      ],
      undefined,
      names,
      4,
    );
    expect(rendered.lines).toEqual(["Case 7", "══════", "urgent for @Li", "  Tier 2", "  [4] Acknowledge   [5] Resolve", "  │ in #cx-support"]);
    expect(rendered.buttons.map((b) => [b.actionId, b.value])).toEqual([["ack", "7"], ["resolve", "7"]]);
  });

  it("falls back to the message text when there are no blocks", () => {
    expect(renderBlocks(undefined, "plain <https://x.test|link>", names, 1).lines).toEqual(["plain link (https://x.test)"]);
  });

  it("shows the fallback of a Slack date token", () => {
    expect(mrkdwn("updated <!date^1795497290^{date_short_pretty} {time}|2026-11-24 05:14 UTC>", names)).toBe("updated 2026-11-24 05:14 UTC");
  });

  it("keeps asterisks that are not emphasis", () => {
    expect(mrkdwn("2 * 3 = 6 and *bold*", names)).toBe("2 * 3 = 6 and bold");
  });
});
