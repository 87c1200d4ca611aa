import { describe, expect, it } from "vitest";
import { computeHealthScore } from "../../../src/domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../../src/domain/health/customer-profile.js";
import { customerTableBlocks } from "../../../src/slack/blocks/health/customer-table-blocks.js";
import { healthReportBlocks } from "../../../src/slack/blocks/health/health-report-blocks.js";
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
});
