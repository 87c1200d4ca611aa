/** Neutral messages for the renderer tests: every answer the Slack paths build (read back through the bridge), and one with every Part and Inline kind. */
import type { KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../src/db/complaints/complaint-record.js";
import type { MonthlyReport } from "../../src/domain/complaints/build-monthly-report.js";
import { computeHealthScore } from "../../src/domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../src/domain/health/customer-profile.js";
import type { Message } from "../../src/domain/messages/message.js";
import { computeDueItems } from "../../src/domain/reminders/compute-due-items.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintCardBlocks, complaintCardText } from "../../src/slack/blocks/complaints/complaint-card-blocks.js";
import { complaintListBlocks } from "../../src/slack/blocks/complaints/complaint-list-blocks.js";
import { complaintNoticeBlocks } from "../../src/slack/blocks/complaints/complaint-notice-blocks.js";
import { complaintPingBlocks, complaintPingText } from "../../src/slack/blocks/complaints/complaint-ping-blocks.js";
import { complaintPingGroupBlocks } from "../../src/slack/blocks/complaints/complaint-ping-group-blocks.js";
import { complaintReportBlocks } from "../../src/slack/blocks/complaints/complaint-report-blocks.js";
import { complaintTimelineBlocks } from "../../src/slack/blocks/complaints/complaint-timeline-blocks.js";
import { escapeMrkdwn } from "../../src/slack/blocks/escape-mrkdwn.js";
import { customerChoiceBlocks } from "../../src/slack/blocks/health/customer-choice-blocks.js";
import { customerTableBlocks } from "../../src/slack/blocks/health/customer-table-blocks.js";
import { healthReportBlocks } from "../../src/slack/blocks/health/health-report-blocks.js";
import { improvementActionsBlocks } from "../../src/slack/blocks/health/improvement-actions-blocks.js";
import { helpBlocks } from "../../src/slack/blocks/help-blocks.js";
import { digestBlocks } from "../../src/slack/blocks/reminders/digest-blocks.js";
import { reminderItemBlocks } from "../../src/slack/blocks/reminders/reminder-item-blocks.js";
import { complaintSubcommands } from "../../src/slack/commands/complaint-subcommands.js";
import { customerSubcommands } from "../../src/slack/commands/customer-subcommands.js";
import { openCase } from "../complaints/complaint-domain-fixtures.js";
import { healthInputs, playbook } from "../health/health-inputs-fixture.js";
import { customer as reminderCustomer, facts } from "../reminders/reminder-facts-fixture.js";

/** Typed text that would format, link, list or mention in Teams' card markdown if it were not escaped. */
export const HOSTILE = "<at>Mei Chen</at> [Click to keep your account](http://evil.example/reset) **bold** _it_ ~gone~ `code` &lt;\n- item\n# heading";
/** What must never appear in a rendered text outside the mentions Steward wrote itself. */
export const MARKUP = [/<at>Mei Chen<\/at> \[/, /\]\(http:\/\/evil/, /\*\*bold\*\*/, /_it_/, /~gone~/, /`code`/, /&lt;/, /\n- item/, /\n# heading/];

const now = new Date("2026-11-24T02:00:00Z");
export const people = new Map([
  ["U_OWNER", { name: "Mei Chen", teams: "00000000-0000-0000-0000-00000000c0de" }],
  ["U_FRONT", { name: "Raj Patel" }],
]);
const record: ComplaintRecord = {
  case: openCase({ openedAt: now, category: HOSTILE, solution: HOSTILE, status: "resolved", resolvedBy: "U_OWNER" }),
  ref: HOSTILE,
  description: HOSTILE,
  source: HOSTILE,
  sourcePermalink: "https://acme.slack.com/archives/C0SALES/p1790000000000100",
  customer: { id: 1, key: "ACME", name: HOSTILE, ownerId: 1, ownerSlackId: "U_OWNER", ownerDepartmentId: 1 },
  openedBySlackId: "U_FRONT",
  lead: { id: 1, name: HOSTILE, channels: { slack: "C_SUPPORT" }, headId: 2 },
  cooperating: [{ id: 2, name: HOSTILE, channels: { slack: "C_ENG" }, headId: null, noticeChannel: "C_ENG", noticeTs: "1.1" }],
  nextCheckAt: null,
  cardChannel: "C_SUPPORT",
  cardTs: "1.2",
  teamChannel: null,
};
const profile = (i: number, name = HOSTILE): CustomerProfile => ({
  id: i, key: `C${i}`, name, aliases: [HOSTILE], tier: "normal", valueSegment: "high", startedOn: "2020-01-01",
  owner: { id: 1, ids: { slack: "U_OWNER" }, name: "Mei Chen", departmentId: 1 },
});
const ping = { complaintId: 1, title: HOSTILE, message: escapeMrkdwn(HOSTILE), cardChannel: "C_SUPPORT", offerAcknowledge: true };
const score = computeHealthScore(
  healthInputs({ assessment: { assessedOn: "2026-08-31", assessor: HOSTILE, needsFit: 7, overrides: [{ dimension: "risk", score: 5, reason: HOSTILE, author: HOSTILE, on: "2026-08-31" }] } }),
  playbook,
);

/** Every answer the Slack paths build today, as the neutral message Teams renders (the bridge). */
export const slackAnswers: Record<string, () => { text: string; blocks: KnownBlock[] }> = {
  score: () => ({
    text: "score",
    blocks: healthReportBlocks(
      { customer: profile(1), score, trend: { sparkline: "▁▃▇", change: 1.2, since: "2026-08-31" }, assessorProblems: [HOSTILE],
        openActions: [{ id: 1, customerId: 1, assessedOn: "2026-08-31", problem: HOSTILE, impact: "high", measure: HOSTILE, owner: { id: 1, ids: { slack: "U_OWNER" }, name: "Mei Chen", departmentId: 1 }, deadline: "2026-12-01", result: null, completedAt: null, completedBy: null }] } as never,
      { shareable: true },
    ),
  }),
  table: () => ({
    text: "list",
    blocks: customerTableBlocks({ title: escapeMrkdwn(HOSTILE), subtitle: escapeMrkdwn(HOSTILE), rows: Array.from({ length: 45 }, (_, i) => ({ customer: profile(i + 1), score })), page: 1, pageSize: 20, state: { k: "list", f: {} } } as never),
  }),
  help: () => ({ text: "help", blocks: [...helpBlocks("/customer", customerSubcommands, "Unknown subcommand"), ...helpBlocks("/complaint", complaintSubcommands)] }),
  card: () => ({ text: complaintCardText(record, true), blocks: complaintCardBlocks(record, [], ["U_OWNER"], now) }),
  notice: () => ({ text: "notice", blocks: complaintNoticeBlocks(record, HOSTILE, now) }),
  timeline: () => ({
    text: "timeline",
    blocks: complaintTimelineBlocks(
      record,
      (["transition", "escalation", "warning", "page", "update", "message"] as const).map((kind) => ({ at: now, actor: "U_OWNER", kind, fromStatus: "open", toStatus: "acknowledged", fromTier: 1, toTier: 2, reason: HOSTILE, text: HOSTILE })),
      [],
      now,
      "Asia/Shanghai",
    ),
  }),
  list: () => ({ text: "list", blocks: complaintListBlocks(HOSTILE, [{ record, clock: null }], false) }),
  ping: () => ({ text: complaintPingText(ping), blocks: complaintPingBlocks(ping) }),
  pingGroup: () => ({ text: "pings", blocks: complaintPingGroupBlocks("2 complaints escalated to you", [ping, ping]) }),
  report: () => ({
    text: "report",
    blocks: complaintReportBlocks({
      month: "2026-10", total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 }, resolved: 0, resolutionRate: null, repeats: 0, repeatRate: null,
      medianFirstResponseMs: null, medianResolutionMs: null, slaCompliance: [],
      byCategory: [{ category: HOSTILE, total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 } }],
      topCustomers: [{ customerKey: HOSTILE, count: 1 }],
    } as unknown as MonthlyReport),
  }),
  choice: () => ({ text: "which", blocks: customerChoiceBlocks(HOSTILE, [profile(1), profile(2)], true, { subcommand: "score" }) }),
  actions: () => ({
    text: "actions",
    blocks: improvementActionsBlocks(profile(1), [
      { id: 1, customerId: 1, assessedOn: "2026-10-01", problem: HOSTILE, impact: "high", measure: HOSTILE, owner: null, deadline: "2026-12-01", result: HOSTILE, completedAt: now, completedBy: "U_OWNER" },
      { id: 2, customerId: 1, assessedOn: "2026-10-01", problem: HOSTILE, impact: "low", measure: HOSTILE, owner: null, deadline: "2026-11-01", result: null, completedAt: null, completedBy: null },
    ], () => true, "2026-11-24"),
  }),
  digest: () => {
    const due = computeDueItems(
      facts({
        customers: [reminderCustomer(1, 1, { key: "ACME", name: HOSTILE, lastInteractionAt: new Date("2026-09-01T02:00:00Z") })],
        contacts: [{ id: 1, customerId: 1, name: HOSTILE, title: HOSTILE, birthdayMonth: 11, birthdayDay: 24 }],
      }),
      now, calendarSettingsSchema.parse({}), reminderSettingsSchema.parse({}), new Date(now.getTime() - 60_000), escapeMrkdwn,
    ).due;
    const digest = digestBlocks(
      due.map((item) => ({ text: item.text, late: true, blocks: reminderItemBlocks({ key: item.key, text: item.text, detail: item.detail, customerKey: item.customer?.key ?? null, snoozeDays: [1, 7] }) })),
      { index: 1, of: 1 },
    );
    return { text: digest.text, blocks: digest.blocks as KnownBlock[] };
  },
};

/** A hand-built message with every Part and Inline kind, hostile text in every string. */
export const everyKind: Message = {
  text: ["New complaint ", { kind: "strong", content: HOSTILE }],
  parts: [
    { kind: "heading", text: HOSTILE },
    {
      kind: "text",
      id: "intro",
      text: [
        HOSTILE, " ", { kind: "strong", content: HOSTILE }, " ", { kind: "emphasis", content: HOSTILE }, " ", { kind: "code", text: HOSTILE },
        " ", { kind: "mention", person: { name: "Mei Chen", ids: { slack: "U_OWNER", teams: "00000000-0000-0000-0000-00000000c0de" } } },
        " ", { kind: "mention", person: { name: HOSTILE, ids: { slack: "U_FRONT" } } },
        " ", { kind: "channel", channel: { slack: "C1", teams: "19:abc@thread.tacv2" }, name: HOSTILE },
        " ", { kind: "link", url: "https://acme.example/case/1", label: HOSTILE }, " ", { kind: "link", url: "javascript:alert(1)", label: "bad link" },
        " ", { kind: "icon", name: "rotating_light" },
      ],
      accessory: { kind: "button", label: HOSTILE, action: "complaint_acknowledge", value: "1" },
    },
    { kind: "fields", fields: [{ label: HOSTILE, value: HOSTILE }, { label: "Owner", value: { kind: "mention", person: { name: "Mei Chen", ids: { teams: "00000000-0000-0000-0000-00000000c0de" } } } }] },
    { kind: "divider" },
    { kind: "note", text: [{ kind: "icon", name: "stopwatch" }, " ", HOSTILE] },
    {
      kind: "controls",
      controls: [
        { kind: "button", label: "Acknowledge", action: "complaint_acknowledge", value: "1", style: "primary" },
        { kind: "button", label: "Reject", action: "complaint_reject", value: "1", style: "danger", confirm: { title: "Sure?", text: HOSTILE, confirm: "Yes", deny: "No" } },
        { kind: "choice", action: "reminder_snooze", placeholder: "Snooze", options: [{ label: HOSTILE, value: "1" }, { label: "7 days", value: "7" }] },
        { kind: "choice", action: "reminder_snooze", placeholder: "Snooze", options: [{ label: "1 day", value: "1" }] },
      ],
    },
  ],
};

