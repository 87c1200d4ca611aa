import { describe, expect, it } from "vitest";
import { complaintListMessage } from "../../src/domain/complaints/complaint-list-message.js";
import { complaintNoticeMessage } from "../../src/domain/complaints/complaint-notice-message.js";
import { complaintPageMessage } from "../../src/domain/complaints/complaint-page-message.js";
import { complaintPingMessage } from "../../src/domain/complaints/complaint-ping-message.js";
import type { ComplaintRecord } from "../../src/domain/complaints/complaint-record.js";
import type { Inline, Message } from "../../src/domain/messages/message.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { openCase } from "./complaint-domain-fixtures.js";

const now = new Date("2026-11-24T02:00:00Z");
const record: ComplaintRecord = {
  case: openCase({ openedAt: now }),
  ref: null,
  description: "Line 3 stopped",
  source: null,
  sourcePermalink: null,
  customer: { id: 1, key: "*ACME*", name: "Acme", ownerId: 1, owner: { name: "Olga", ids: { slack: "U0OWNER" } }, ownerDepartmentId: null },
  openedBy: "U0FRONT",
  lead: { id: 1, name: "Support", channels: { slack: "C0SUPPORT" }, headId: 2 },
  cooperating: [],
  nextCheckAt: null,
  cardChannel: "C0SUPPORT",
  cardTs: "1.2",
  teamChannel: null,
};

/** Every plain string of a message: the text Steward wrote, which must hold no Slack markup of its own. */
function strings(inline: Inline | Message): string[] {
  if (typeof inline === "string") return [inline];
  if (Array.isArray(inline)) return inline.flatMap(strings);
  if ("parts" in inline) return [...strings(inline.text), ...inline.parts.flatMap((part) => ("text" in part && typeof part.text !== "undefined" ? strings(part.text as Inline) : []))];
  if ("content" in inline) return strings(inline.content);
  return [];
}

describe("complaint messages are neutral (issue 12)", () => {
  it("write no Slack markup themselves: mentions, channels, icons and code are runs", () => {
    const messages = [
      complaintPingMessage({ complaintId: 7, title: "Complaint #7 · ACME (urgent, technical)", message: ["Escalated to tier 2 by ", { kind: "mention", person: { name: "Ann", ids: { slack: "U0ANN" } } }, "."], cardChannel: { slack: "C0SUPPORT" }, offerAcknowledge: true }),
      complaintPageMessage({ complaintId: 7, title: "Complaint #7 · ACME (urgent, technical)", count: 3, last: "14:30", final: false, cardChannel: { slack: "C0SUPPORT" }, offerAcknowledge: true }),
      complaintNoticeMessage(record, "Engineering", now),
      complaintListMessage("Open complaints", [{ record, clock: "resolution due in 3 h" }], true),
    ];
    for (const text of messages.flatMap(strings)) expect(text).not.toMatch(/<[@#!]|:[a-z_]+:|`/);
  });

  it("escape the customer's key in a page's title, which the Block Kit builder used to send as typed", () => {
    const page = renderMessage(complaintPageMessage({ complaintId: 7, title: `Complaint #7 · ${record.customer.key} (urgent, technical)`, count: 3, last: "14:30", final: false, cardChannel: null, offerAcknowledge: false }));
    expect(JSON.stringify(page.blocks)).toContain("Complaint #7 · ∗ACME∗ (urgent, technical)");
    expect(page.text).toBe("Complaint #7 · ∗ACME∗ (urgent, technical): paged 3 times, last 14:30");
  });

  it("escape the `<id>` placeholder of the list's footer, which Slack would otherwise read as markup", () => {
    const footer = renderMessage(complaintListMessage("Open complaints", [{ record, clock: null }], false)).blocks.at(-1);
    expect(footer).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "`/complaint show &lt;id&gt;` for a case's timeline." }] });
  });

  it("keep the notice's update time a Slack date token, with the UTC fallback", () => {
    const note = renderMessage(complaintNoticeMessage(record, "Engineering", now)).blocks[1];
    expect(JSON.stringify(note)).toContain("updated <!date^1795485600^{date_short_pretty} {time}|2026-11-24 02:00 UTC>");
  });
});
