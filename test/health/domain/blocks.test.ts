import { describe, expect, it } from "vitest";
import { computeHealthScore } from "../../../src/domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../../src/domain/health/customer-profile.js";
import { customerTableMessage } from "../../../src/domain/health/customer-table-message.js";
import { healthReportMessage } from "../../../src/domain/health/health-report-message.js";
import { renderMessage } from "../../../src/slack/render/render-message.js";

// The builders are neutral messages now; the Slack renderer turns them into the same Block Kit as before.
const healthReportBlocks = (...args: Parameters<typeof healthReportMessage>) => renderMessage(healthReportMessage(...args)).blocks;
const customerTableBlocks = (input: Omit<Parameters<typeof customerTableMessage>[0], "text">) => renderMessage(customerTableMessage({ text: input.title, ...input })).blocks;
import { describeNoMatch } from "../../../src/domain/health/describe-no-match.js";
import { noticeMessage } from "../../../src/domain/messages/notice-message.js";
import { plainText } from "../../../src/domain/messages/plain-text.js";
import { healthInputs, playbook } from "../health-inputs-fixture.js";

const customer = (i: number, name = `Customer ${i}`): CustomerProfile => ({
  id: i,
  key: `C${i}`,
  name,
  aliases: [],
  tier: "normal",
  valueSegment: "high",
  startedOn: "2020-01-01",
  owner: { id: 1, ids: { slack: "U0MEI" }, name: "Mei Chen", departmentId: 1 },
});

describe("health blocks", () => {
  it("escapes what people typed, so a name or reason cannot become a link or a mention", () => {
    const score = computeHealthScore(
      healthInputs({
        assessment: {
          assessedOn: "2026-08-31",
          assessor: "Mei <Chen>",
          needsFit: 7,
          overrides: [{ dimension: "risk", score: 5, reason: "<!channel> & co", author: "Mei <Chen>", on: "2026-08-31" }],
        },
      }),
      playbook,
    );
    const blocks = healthReportBlocks(
      { customer: customer(1, "A&B <Trading>"), score, trend: { sparkline: "▇", change: null, since: null }, assessorProblems: ["<@U0X>"], openActions: [] },
      { shareable: true },
    );
    const text = JSON.stringify(blocks);
    expect(text).not.toContain("<!channel>");
    expect(text).not.toContain("<@U0X>");
    expect(text).toContain("&lt;!channel&gt; &amp; co");
    // the header is plain text: no escaping there
    expect((blocks[0] as { text: { text: string } }).text.text).toBe("C1 · A&B <Trading> — 8.5 / 10 · good");
  });

  it("pages a long table with buttons that carry the query back", () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({ customer: customer(i + 1), score: computeHealthScore(healthInputs(), playbook) }));
    const page = (n: number) => customerTableBlocks({ title: "T", subtitle: "S", rows, page: n, pageSize: 20, state: { k: "list", f: { tier: "normal" } } });
    const buttons = (n: number) =>
      page(n)
        .filter((b) => b.type === "actions")
        .flatMap((b) => (b as { elements: Array<{ action_id: string; value: string }> }).elements.map((e) => [e.action_id, JSON.parse(e.value)]));
    expect(buttons(0)).toEqual([["health_table_next", { k: "list", f: { tier: "normal" }, p: 1 }]]);
    expect(buttons(1).map(([id]) => id)).toEqual(["health_table_previous", "health_table_next"]);
    expect(buttons(2)).toEqual([["health_table_previous", { k: "list", f: { tier: "normal" }, p: 1 }]]);
    const last = JSON.stringify(page(2));
    expect(last).toContain("page 3 of 3 · 45 customers");
    expect(last).toContain("*C41* Customer 41");
    expect(last).not.toContain("*C40*");
  });

  it("quotes typed text as code: a backtick in it can no longer end the quote early (the one intended change of the neutral model)", () => {
    const suggestions = [{ id: 1, key: "ACME", name: "Acme Corp", aliases: [] }];
    // Before the neutral model the notice kept typed backticks ("`AC`ME`"), so `ME` fell out of the quote.
    expect(renderMessage(noticeMessage(describeNoMatch("AC`ME", suggestions))).text).toBe("No customer matches `ACˋME` — did you mean ACME (Acme Corp)?");
    // The CLI and form errors are plain text: the quote stays a backtick quote, the words the same.
    expect(plainText(describeNoMatch("ACMEE", suggestions))).toBe("No customer matches `ACMEE` — did you mean ACME (Acme Corp)?");
  });
});
