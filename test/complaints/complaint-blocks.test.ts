import { describe, expect, it } from "vitest";
import type { ComplaintRecord } from "../../src/domain/complaints/complaint-record.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { complaintCardMessage } from "../../src/domain/complaints/complaint-card-message.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { at, openCase, settings, shanghai } from "./complaint-domain-fixtures.js";

const opened = at("2026-11-24T02:00:00.000Z");
const record = (overrides: Partial<ComplaintRecord> = {}, caseOverrides = {}): ComplaintRecord => ({
  case: openCase({ openedAt: opened, ...caseOverrides }),
  ref: null,
  description: "Line 3 stopped <again> & again",
  source: "phone",
  sourcePermalink: null,
  customer: { id: 1, key: "ACME", name: "Acme Corp", ownerId: 1, owner: { name: "Olga", ids: { slack: "U_OWNER" } }, ownerDepartmentId: null },
  openedBy: "U_FRONT",
  lead: { id: 1, name: "Support", channels: { slack: "C_SUPPORT" }, headId: 2 },
  cooperating: [],
  nextCheckAt: null,
  cardChannel: "C_SUPPORT",
  cardTs: "1.2",
  teamChannel: null,
  ...overrides,
});
// The card is a neutral message now (issue 12); Slack's renderer draws it as the same blocks as before.
const complaintCardBlocks = (...args: Parameters<typeof complaintCardMessage>) => renderMessage(complaintCardMessage(...args)).blocks;
const render = (r: ComplaintRecord, now = at("2026-11-24T02:48:00.000Z")) =>
  JSON.stringify(complaintCardBlocks(r, computeSlaDeadlines(r.case, [], now, settings, shanghai), [{ name: "Olga", ids: { slack: "U_OWNER" } }, { name: "Fred", ids: { slack: "U_FRONT" } }], now));
const buttons = (r: ComplaintRecord) =>
  complaintCardBlocks(r, [], [], opened).flatMap((b) => (b.type === "actions" ? b.elements.map((e) => ("text" in e && e.text ? e.text.text : "")) : []));

describe("the case card", () => {
  it("shows the live clocks and who it waits on, with people's text escaped", () => {
    const card = render(record());
    expect(card).toContain("first response due in 1 h 12 min · acknowledgement due in 1 h 12 min · resolution due in 23 h 12 min");
    expect(card).toContain("Tier 1 — waiting on <@U_OWNER>, <@U_FRONT>");
    expect(card).toContain("Line 3 stopped &lt;again&gt; &amp; again");
  });

  it("folds a long description and points to the whole text", () => {
    const card = render(record({ description: `${"word ".repeat(500)}end` }));
    expect(card).toContain("more characters: `/complaint show 7`");
    expect(card).not.toContain("end");
  });

  it("offers only the buttons the state allows", () => {
    expect(buttons(record())).toEqual(["Acknowledge", "Escalate", "Add update", "Resolve"]);
    // Issue 14: an acknowledged case can be set to wait on the customer, and a waiting one resumed.
    expect(buttons(record({}, { status: "acknowledged", tier: 3 }))).toEqual(["Add update", "Waiting on customer", "Resolve"]);
    expect(buttons(record({}, { status: "waiting_on_customer", tier: 1 }))).toEqual(["Escalate", "Add update", "Customer replied", "Resolve"]);
    expect(buttons(record({}, { status: "resolved" }))).toEqual(["Add update", "Confirm closed", "Reopen"]);
    expect(buttons(record({}, { status: "closed" }))).toEqual(["Reopen"]);
  });
});
