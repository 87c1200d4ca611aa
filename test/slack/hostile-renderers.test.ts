import { describe, expect, it } from "vitest";
import type { ComplaintRecord } from "../../src/domain/complaints/complaint-record.js";
import type { MonthlyReport } from "../../src/domain/complaints/build-monthly-report.js";
import type { CustomerProfile } from "../../src/domain/health/customer-profile.js";
import { computeDueItems } from "../../src/domain/reminders/compute-due-items.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintCardMessage, complaintCardText } from "../../src/domain/complaints/complaint-card-message.js";
import { complaintListMessage } from "../../src/domain/complaints/complaint-list-message.js";
import { complaintNoticeMessage } from "../../src/domain/complaints/complaint-notice-message.js";
import { complaintPingMessage } from "../../src/domain/complaints/complaint-ping-message.js";
import { complaintPingGroupMessage } from "../../src/domain/complaints/complaint-ping-group-message.js";
import { complaintReportMessage } from "../../src/domain/complaints/complaint-report-message.js";
import { complaintTimelineMessage } from "../../src/domain/complaints/complaint-timeline-message.js";
import { urgentTeamIntroMessage } from "../../src/domain/complaints/urgent-team-intro-message.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { renderMrkdwn } from "../../src/slack/render/render-mrkdwn.js";
import { escapeMrkdwn } from "../../src/slack/blocks/escape-mrkdwn.js";
import { digestMessage } from "../../src/domain/reminders/digest-message.js";
import { reminderItemMessage } from "../../src/domain/reminders/reminder-item-message.js";
import { intakeView } from "../../src/slack/complaints/views/intake-view.js";
import { customerChoiceMessage } from "../../src/domain/health/customer-choice-message.js";
import { improvementActionsMessage } from "../../src/domain/health/improvement-actions-message.js";
import { actionResultForm } from "../../src/domain/health/action-result-form.js";
import { renderForm } from "../../src/slack/render/render-form.js";
import { createViewSeal } from "../../src/slack/views/view-seal.js";
import { openCase, settings } from "../complaints/complaint-domain-fixtures.js";
import { customer as reminderCustomer, facts } from "../reminders/reminder-facts-fixture.js";
import { findMarkup, HOSTILE } from "../support/find-markup.js";

// Health's builders are neutral messages and forms now: rendered for Slack, they are what this test checks.
const customerChoiceBlocks = (...args: Parameters<typeof customerChoiceMessage>) => renderMessage(customerChoiceMessage(...args)).blocks;
const improvementActionsBlocks = (...args: Parameters<typeof improvementActionsMessage>) => renderMessage(improvementActionsMessage(...args)).blocks;
const actionResultModal = (...args: Parameters<typeof actionResultForm>) => renderForm(actionResultForm(...args), actionResultForm(...args).state);

/**
 * The renderers that the signed-path test (hostile-text.test.ts) does not reach in one scenario — cooperating
 * notices, escalation pings, the monthly report, choices, improvement actions, reminder digests, modals —
 * each given hostile text (plus control characters, NUL and a lone surrogate) in every user-controlled field.
 */
const H = `${HOSTILE} \u0000\u0007\ud800`;
const now = new Date("2026-11-24T02:00:00Z");
const record: ComplaintRecord = {
  case: openCase({ openedAt: now, category: H, solution: H, status: "resolved", resolvedBy: "U_OWNER" }),
  ref: H,
  description: H,
  source: H,
  sourcePermalink: `https://evil.example/reset|${H}`,
  customer: { id: 1, key: H, name: H, ownerId: 1, owner: { name: "Olga", ids: { slack: "U_OWNER" } }, ownerDepartmentId: 1 },
  openedBy: "U_FRONT",
  lead: { id: 1, name: H, channels: { slack: "C_SUPPORT" }, headId: 2 },
  cooperating: [{ id: 2, name: H, channels: { slack: "C_ENG" }, headId: null, noticeChannel: "C_ENG", noticeTs: "1.1" }],
  nextCheckAt: null,
  cardChannel: "C_SUPPORT",
  cardTs: "1.2",
  teamChannel: null,
};
const profile: CustomerProfile = { id: 1, key: H, name: H, aliases: [H], tier: "normal", valueSegment: "high", startedOn: null, owner: { id: 1, ids: { slack: "U_OWNER" }, name: H, departmentId: 1 } };
// Complaint messages are neutral now (issue 12): hostile text goes in as plain strings and the Slack renderer escapes it.
const ping = { complaintId: 1, title: H, message: H, cardChannel: { slack: "C_SUPPORT" }, offerAcknowledge: true };
const complaintCardBlocks = (...args: Parameters<typeof complaintCardMessage>) => renderMessage(complaintCardMessage(...args)).blocks;

const rendered: Record<string, () => unknown> = {
  card: () => complaintCardBlocks(record, [], [{ name: "Olga", ids: { slack: "U_OWNER" } }], now),
  cardText: () => ({ text: renderMrkdwn(complaintCardText(record, true)) }),
  notice: () => renderMessage(complaintNoticeMessage(record, H, now)).blocks,
  intro: () => renderMessage(urgentTeamIntroMessage(record)),
  timeline: () =>
    renderMessage(complaintTimelineMessage(
      record,
      (["transition", "escalation", "warning", "page", "update", "message"] as const).map((kind) => ({ at: now, actor: kind === "message" ? `cli:${H}` : "U_OWNER", kind, fromStatus: "open", toStatus: "acknowledged", fromTier: 1, toTier: 2, reason: H, text: H })),
      // The clock lines are Steward's own words (no user text reaches them).
      [],
      now,
      "Asia/Shanghai",
    )).blocks,
  list: () => renderMessage(complaintListMessage(H, [{ record, clock: null }], false)).blocks,
  emptyList: () => renderMessage(complaintListMessage(H, [], false)).blocks,
  ping: () => renderMessage(complaintPingMessage(ping)),
  pingGroup: () => renderMessage(complaintPingGroupMessage("2 complaints escalated to you", [ping, ping])).blocks,
  report: () =>
    renderMessage(complaintReportMessage({
      month: "2026-10", total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 }, resolved: 0, resolutionRate: null, repeats: 0, repeatRate: null,
      medianFirstResponseMs: null, medianResolutionMs: null, slaCompliance: [],
      byCategory: [{ category: H, total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 } }],
      topCustomers: [{ customerKey: H, count: 1 }],
      // Issue 14: the report shows satisfaction per category and lead department — names people typed.
      satisfaction: { responses: 1, average: 4, byClass: [{ name: "urgent", responses: 1, average: 4 }], byCategory: [{ name: H, responses: 1, average: 4 }], byLeadDepartment: [{ name: H, responses: 1, average: 4 }] },
    } as unknown as MonthlyReport)).blocks,
  choice: () => customerChoiceBlocks(H, [profile, profile], true, { subcommand: "score" }),
  actions: () =>
    improvementActionsBlocks(profile, [
      { id: 1, customerId: 1, assessedOn: "2026-10-01", problem: H, impact: "high", measure: H, owner: null, deadline: "2026-12-01", result: H, completedAt: now, completedBy: "U_OWNER" },
      { id: 2, customerId: 1, assessedOn: "2026-10-01", problem: H, impact: "low", measure: H, owner: null, deadline: "2026-11-01", result: null, completedAt: null, completedBy: null },
    ], () => true, "2026-11-24"),
  actionResult: () => actionResultModal({ id: 1, customerId: 1, assessedOn: "2026-10-01", problem: H, impact: "high", measure: H, owner: null, deadline: "2026-12-01", result: null, completedAt: null, completedBy: null }, H),
  intake: () => intakeView(settings, [{ id: 1, name: H }], { customer: H, description: H }, createViewSeal("test")),
  digest: () => {
    const due = computeDueItems(
      facts({
        customers: [reminderCustomer(1, 1, { key: H, name: H, lastInteractionAt: new Date("2026-09-01T02:00:00Z") })],
        contacts: [{ id: 1, customerId: 1, name: H, title: H, birthdayMonth: 11, birthdayDay: 24 }],
      }),
      now,
      calendarSettingsSchema.parse({}),
      reminderSettingsSchema.parse({}),
      new Date(now.getTime() - 60_000),
    ).due;
    expect(due.length).toBeGreaterThan(1);
    return renderMessage(
      digestMessage(
        due.map((item) => ({
          message: reminderItemMessage({ key: item.key, text: item.text, detail: item.detail, customerKey: item.customer?.key ?? null, snoozeDays: [1, 7] }),
          late: false,
        })),
        { index: 1, of: 1 },
      ),
    );
  },
};

describe("every renderer escapes hostile user text", () => {
  for (const [name, render] of Object.entries(rendered)) {
    it(name, () => {
      const { problems, mrkdwnCount } = findMarkup(render());
      // The intake modal has no mrkdwn: its prefilled values are plain text, checked for unsendable characters.
      if (name !== "intake") expect(mrkdwnCount).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }

  it("a forged permalink never becomes a link on the card", () => {
    expect(JSON.stringify(complaintCardBlocks(record, [], [], now))).not.toContain("original message");
    const real = { ...record, sourcePermalink: "https://acme.slack.com/archives/C0SALES/p1790000000000100" };
    expect(JSON.stringify(complaintCardBlocks(real, [], [], now))).toContain("<https://acme.slack.com/archives/C0SALES/p1790000000000100|original message>");
  });

  it("keeps e-mail addresses and snake_case exact: marks between letters or digits are never formatting", () => {
    expect(escapeMrkdwn("ann_buyer@acme.example 3*4")).toBe("ann_buyer@acme.example 3*4");
    expect(escapeMrkdwn("_it_ *b* ~s~ `c`")).toBe("ˍitˍ ∗b∗ ˜s˜ ˋcˋ");
  });
});
