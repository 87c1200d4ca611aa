/** Neutral messages and forms for the renderer tests: every builder Steward renders, with hostile text in every user-controlled field. */
import type { ComplaintRecord } from "../../src/domain/complaints/complaint-record.js";
import type { MonthlyReport } from "../../src/domain/complaints/build-monthly-report.js";
import { computeHealthScore } from "../../src/domain/health/compute-health-score.js";
import type { CustomerHealthReport } from "../../src/domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../src/domain/health/customer-profile.js";
import type { Form, Message } from "../../src/domain/messages/message.js";
import { commandHelpMessage } from "../../src/domain/messages/command-help-message.js";
import { computeDueItems } from "../../src/domain/reminders/compute-due-items.js";
import { reminderSettingsSchema } from "../../src/domain/reminders/reminder-settings.js";
import { calendarSettingsSchema } from "../../src/domain/calendar/calendar-settings.js";
import { complaintCardMessage } from "../../src/domain/complaints/complaint-card-message.js";
import { complaintListMessage } from "../../src/domain/complaints/complaint-list-message.js";
import { complaintNoticeMessage } from "../../src/domain/complaints/complaint-notice-message.js";
import { complaintPingMessage } from "../../src/domain/complaints/complaint-ping-message.js";
import { complaintPingGroupMessage } from "../../src/domain/complaints/complaint-ping-group-message.js";
import { complaintReportMessage } from "../../src/domain/complaints/complaint-report-message.js";
import { complaintTimelineMessage } from "../../src/domain/complaints/complaint-timeline-message.js";
import { urgentTeamIntroMessage } from "../../src/domain/complaints/urgent-team-intro-message.js";
import { intakeForm } from "../../src/domain/complaints/intake-form.js";
import { caseTextForm } from "../../src/domain/complaints/case-text-form.js";
import { customerChoiceMessage } from "../../src/domain/health/customer-choice-message.js";
import { customerTableMessage } from "../../src/domain/health/customer-table-message.js";
import { healthReportMessage } from "../../src/domain/health/health-report-message.js";
import { improvementActionsMessage } from "../../src/domain/health/improvement-actions-message.js";
import { actionResultForm } from "../../src/domain/health/action-result-form.js";
import { assessmentForm } from "../../src/domain/health/assessment-form.js";
import { digestMessage } from "../../src/domain/reminders/digest-message.js";
import { reminderItemMessage } from "../../src/domain/reminders/reminder-item-message.js";
import { complaintSubcommands } from "../../src/slack/complaints/commands/complaint-subcommands.js";
import { customerSubcommands } from "../../src/slack/health/commands/customer-subcommands.js";
import { openCase, settings } from "../complaints/complaint-domain-fixtures.js";
import { healthInputs, playbook } from "../health/health-inputs-fixture.js";
import { customer as reminderCustomer, facts } from "../reminders/reminder-facts-fixture.js";

/** Typed text that would format, link, list, mention or call a date function in Teams' card markdown if it were not escaped. */
export const HOSTILE = "<at>Mei Chen</at> [Click to keep your account](http://evil.example/reset) **bold** _it_ ~gone~ `code` &lt; {{DATE(2026-01-01T00:00:00Z, SHORT)}}\n- item\n# heading";
/** What must never appear in a rendered text outside the markup Steward wrote itself. */
export const MARKUP = [/<at>Mei Chen<\/at> \[/, /\]\(http:\/\/evil/, /\*\*bold\*\*/, /_it_/, /~gone~/, /`code`/, /&lt;/, /\n- item/, /\n# heading/, /\{\{DATE\(2026-01-01/];

const now = new Date("2026-11-24T02:00:00Z");
const MEI = { name: "Mei Chen", ids: { slack: "U_OWNER", teams: "00000000-0000-0000-0000-00000000c0de" } };
const record: ComplaintRecord = {
  case: openCase({ openedAt: now, category: HOSTILE, solution: HOSTILE, status: "resolved", resolvedBy: "U_OWNER" }),
  ref: HOSTILE,
  description: HOSTILE,
  source: HOSTILE,
  sourcePermalink: "https://acme.slack.com/archives/C0SALES/p1790000000000100",
  customer: { id: 1, key: "ACME", name: HOSTILE, ownerId: 1, owner: { name: "Olga", ids: { slack: "U_OWNER" } }, ownerDepartmentId: 1 },
  openedBy: "U_FRONT",
  lead: { id: 1, name: HOSTILE, channels: { slack: "C_SUPPORT" }, headId: 2 },
  cooperating: [{ id: 2, name: HOSTILE, channels: { slack: "C_ENG" }, headId: null, noticeChannel: "C_ENG", noticeTs: "1.1" }],
  nextCheckAt: null,
  cardChannel: "C_SUPPORT",
  cardTs: "1.2",
  teamChannel: null,
} as ComplaintRecord;
const profile = (i: number, name = HOSTILE): CustomerProfile => ({
  id: i, key: `C${i}`, name, aliases: [HOSTILE], tier: "normal", valueSegment: "high", startedOn: "2020-01-01",
  owner: { id: 1, ids: MEI.ids, name: "Mei Chen", departmentId: 1 },
});
const ping = { complaintId: 1, title: HOSTILE, message: HOSTILE, cardChannel: { slack: "C_SUPPORT" }, offerAcknowledge: true };
const score = computeHealthScore(
  healthInputs({ assessment: { assessedOn: "2026-08-31", assessor: HOSTILE, needsFit: 7, overrides: [{ dimension: "risk", score: 5, reason: HOSTILE, author: HOSTILE, on: "2026-08-31" }] } }),
  playbook,
);
const report = {
  customer: profile(1),
  score,
  trend: { sparkline: "▁▃▇", change: 1.2, since: "2026-08-31" },
  assessorProblems: [HOSTILE],
  openActions: [{ id: 1, customerId: 1, assessedOn: "2026-08-31", problem: HOSTILE, impact: "high", measure: HOSTILE, owner: { id: 1, ids: MEI.ids, name: "Mei Chen", departmentId: 1 }, deadline: "2026-12-01", result: null, completedAt: null, completedBy: null }],
} as unknown as CustomerHealthReport;
const action = { id: 1, customerId: 1, assessedOn: "2026-10-01", problem: HOSTILE, impact: "high", measure: HOSTILE, owner: null, deadline: "2026-12-01", result: HOSTILE, completedAt: now, completedBy: "U_OWNER" } as const;

/** Every neutral message Steward renders, as its builders make them. */
export const neutralMessages: Record<string, () => Message> = {
  score: () => healthReportMessage(report, { shareable: true }),
  shared: () => healthReportMessage(report, { shareable: false, sharedBy: MEI }),
  table: () => customerTableMessage({ text: HOSTILE, title: HOSTILE, subtitle: HOSTILE, rows: Array.from({ length: 45 }, (_, i) => ({ customer: profile(i + 1), score })), page: 1, pageSize: 20, state: { k: "list", f: {} } } as never),
  help: () => commandHelpMessage("/customer", customerSubcommands, HOSTILE),
  complaintHelp: () => commandHelpMessage("/complaint", complaintSubcommands),
  card: () => complaintCardMessage(record, [], [{ name: "Olga", ids: { slack: "U_OWNER" } }], now),
  notice: () => complaintNoticeMessage(record, HOSTILE, now),
  intro: () => urgentTeamIntroMessage(record),
  timeline: () =>
    complaintTimelineMessage(
      record,
      (["transition", "escalation", "warning", "page", "update", "message"] as const).map((kind) => ({ at: now, actor: "U_OWNER", kind, fromStatus: "open", toStatus: "acknowledged", fromTier: 1, toTier: 2, reason: HOSTILE, text: HOSTILE })) as never,
      [],
      now,
      "Asia/Shanghai",
    ),
  list: () => complaintListMessage(HOSTILE, [{ record, clock: null }] as never, false),
  ping: () => complaintPingMessage(ping),
  pingGroup: () => complaintPingGroupMessage("2 complaints escalated to you", [ping, ping]),
  report: () =>
    complaintReportMessage({
      month: "2026-10", total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 }, resolved: 0, resolutionRate: null, repeats: 0, repeatRate: null,
      medianFirstResponseMs: null, medianResolutionMs: null, slaCompliance: [],
      byCategory: [{ category: HOSTILE, total: 1, byClass: { urgent: 1, general: 0, suggestion: 0 } }],
      topCustomers: [{ customerKey: HOSTILE, count: 1 }],
      satisfaction: { responses: 1, average: 4, byClass: [{ name: "urgent", responses: 1, average: 4 }], byCategory: [{ name: HOSTILE, responses: 1, average: 4 }], byLeadDepartment: [{ name: HOSTILE, responses: 1, average: 4 }] },
    } as unknown as MonthlyReport),
  choice: () => customerChoiceMessage(HOSTILE, [profile(1), profile(2)], true, { subcommand: "score" }),
  actions: () => improvementActionsMessage(profile(1), [action, { ...action, id: 2, result: null, completedAt: null, completedBy: null }] as never, () => true, "2026-11-24"),
  digest: () => {
    const due = computeDueItems(
      facts({
        customers: [reminderCustomer(1, 1, { key: "ACME", name: HOSTILE, lastInteractionAt: new Date("2026-09-01T02:00:00Z") })],
        contacts: [{ id: 1, customerId: 1, name: HOSTILE, title: HOSTILE, birthdayMonth: 11, birthdayDay: 24 }],
      }),
      now, calendarSettingsSchema.parse({}), reminderSettingsSchema.parse({}), new Date(now.getTime() - 60_000),
    ).due;
    return digestMessage(
      due.map((item) => ({ message: reminderItemMessage({ key: item.key, text: item.text, detail: item.detail, customerKey: item.customer?.key ?? null, snoozeDays: [1, 7] }), late: true })),
      { index: 1, of: 1 },
    );
  },
};

/** Every neutral form Steward opens. */
export const neutralForms: Record<string, () => Form> = {
  intake: () => intakeForm(settings, [{ id: 1, name: HOSTILE }], { customer: HOSTILE, description: HOSTILE }),
  assessment: () => assessmentForm(report, playbook, { c: 1, on: "2026-11-24" }, [{ personId: 1, name: HOSTILE }, { personId: 2, name: "Mei Chen" }]),
  actionResult: () => actionResultForm(action as never, HOSTILE),
  escalate: () => caseTextForm(1, "escalate", 1),
  resolve: () => caseTextForm(1, "resolve", 2),
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
        " ", { kind: "icon", name: "rotating_light" }, " ", { kind: "date", at: "2026-11-24T09:30:00.000Z", fallback: HOSTILE },
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
