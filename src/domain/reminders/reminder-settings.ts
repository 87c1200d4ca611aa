import { z } from "zod";

/**
 * What gets reminded, when and to whom (shared/domain.md §2–3 and the reminders issue). Every number
 * is a default a team may change in its YAML config; `reminderSettingsSchema.parse({})` gives the playbook.
 */
const days = (value: number) => z.number().int().min(0).default(value);
const positiveDays = (value: number) => z.number().int().min(1).default(value);
const months = (value: number) => z.number().int().min(1).max(60).default(value);

/**
 * A team channel a rule's items go to, written as the delivery ledger addresses it (the drain sends it
 * through that platform's port): a Slack channel id (`C…`, a private channel's older `G…`), bare as
 * always, or a Teams channel as `teams:` and its id (`19:…@thread.tacv2`, older channels
 * `…@thread.skype`), a channel of a team Steward was added to. A thread (`;messageid=`) is not a channel.
 */
const SLACK_CHANNEL = /^[CG][A-Z0-9]+$/;
const TEAMS_CHANNEL = /^19:[^\s;@]+@thread\.(?:tacv2|skype)$/;
const CHANNEL_FORMS = "a Slack channel id like C0123ABCD, or a Teams channel as teams: and its id, like teams:19:a1b2c3d4e5f6@thread.tacv2";
const reminderChannel = z.string().superRefine((value, ctx) => {
  if (SLACK_CHANNEL.test(value) || (value.startsWith("teams:") && TEAMS_CHANNEL.test(value.slice("teams:".length)))) return;
  // A Teams channel id pasted alone would read as a Slack id to the ledger: say what is missing.
  const message = TEAMS_CHANNEL.test(value) ? `a Teams channel needs its platform in front: teams:${value}` : CHANNEL_FORMS;
  ctx.addIssue({ code: "custom", message });
});

export const REMINDER_RULES = [
  "follow-up",
  "summary",
  "value-check",
  "birthday",
  "anniversary",
  "assessment",
  "assessment-prep",
  "assessment-anomaly",
  "action-due",
  "action-overdue",
  "report-back",
  "roster-review",
] as const;
export type ReminderRule = (typeof REMINDER_RULES)[number];

export const reminderSettingsSchema = z.object({
  /** When the morning digest goes out, in each person's own time zone (working days only). */
  digestTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "digestTime is HH:mm on a 24-hour clock, e.g. 09:00")
    .default("09:00"),
  /** After downtime, items that came due at most this many days ago are still sent (marked late). */
  catchUpDays: days(3),
  /** How far back a tick looks for items missed beyond the catch-up window, to log them as not sent. */
  missedLookbackDays: days(14),
  /** An item sent more than this many minutes after its moment is marked late. */
  lateAfterMinutes: positiveDays(30),
  /** Items per digest message (Slack allows 50 blocks; each item takes two). */
  digestMaxItems: z.number().int().min(1).max(24).default(20),
  /** Snooze choices offered on every item, in days. */
  snoozeDays: z.array(z.number().int().min(1).max(90)).min(1).default([1, 7]),
  followUp: z
    .object({
      highPotentialEveryDays: positiveDays(7),
      normalEveryDays: positiveDays(14),
      /** Customers whose latest grade is one of these are contacted at least this often. */
      attentionGrades: z.array(z.string()).default(["fair"]),
      attentionEveryDays: positiveDays(30),
      onboardingDays: positiveDays(90),
      onboardingEveryDays: positiveDays(7),
    })
    .prefault({}),
  summary: z
    .object({
      afterHours: z.number().int().min(1).default(24),
      /** Interaction kinds that are conversations and so need a written summary. */
      kinds: z.array(z.string()).default(["call", "meeting", "visit"]),
    })
    .prefault({}),
  valueCheck: z
    .object({
      /** After a delivery, check its effect 1–2 weeks later: reminded this many days after. */
      afterDays: positiveDays(7),
      deliveryKinds: z.array(z.string()).default(["delivery"]),
    })
    .prefault({}),
  birthdays: z
    .object({
      /** Where a Feb 29 birthday falls in a common year. */
      leapDayInCommonYears: z.enum(["feb-28", "mar-01"]).default("feb-28"),
      /** A greeting day that is not a working day is reminded on the working day before it. */
      onNonWorkingDay: z.enum(["working-day-before", "working-day-after"]).default("working-day-before"),
    })
    .prefault({}),
  anniversaries: z
    .object({
      /** Partnership years whose anniversary also triggers an assessment. */
      assessmentOnYears: z.array(z.number().int().min(1)).default([1, 3]),
    })
    .prefault({}),
  assessments: z
    .object({
      strategicEveryMonths: months(3),
      normalEveryMonths: months(6),
      newFirstAfterMonths: months(3),
      newEveryMonths: months(3),
      /** The team submits data this many working days before the assessment. */
      prepWorkingDaysBefore: days(3),
      /** An overdue assessment is reminded again this often. */
      overdueEveryDays: positiveDays(7),
      /** Anomaly: the last full month's orders this many percent below the mean of the months before. */
      orderDropPercent: z.number().min(0).max(100).default(20),
      orderBaselineMonths: positiveDays(3),
      /** Anomaly: complaints in the last N days above the customer's rate over the M days before. */
      complaintRecentDays: positiveDays(30),
      complaintBaselineDays: positiveDays(90),
      /** No extra assessment (anomaly, anniversary) is suggested within this many days of a recorded one. */
      extraQuietDays: days(30),
    })
    .prefault({}),
  actions: z
    .object({
      remindWorkingDaysBefore: days(3),
    })
    .prefault({}),
  reportBack: z
    .object({
      afterMonths: months(1),
    })
    .prefault({}),
  rosterReview: z
    .object({
      contactStaleMonths: months(6),
      interactionStaleDays: positiveDays(60),
    })
    .prefault({}),
  /** Rules whose items go to a channel instead of the person's DM, e.g. `{ assessment-prep: C0123 }` or `{ birthday: "teams:19:…@thread.tacv2" }`. */
  channels: z.partialRecord(z.enum(REMINDER_RULES), reminderChannel).default({}),
  /** The delivery ledger's drain: Slack's limits and how long a claim may stay unfinished. */
  delivery: z
    .object({
      perChannelIntervalMs: z.number().int().min(0).default(1_000),
      /** A 429's Retry-After up to this long is waited out in place; longer ones reschedule the message. */
      maxInlineWaitSeconds: z.number().int().min(0).default(30),
      transientRetries: z.number().int().min(0).default(3),
      backoffBaseMs: z.number().int().min(0).default(1_000),
      /** A message that finally failed is tried again after this many minutes (doubling, at most a day). */
      retryFailedAfterMinutes: positiveDays(5),
      /** A claim older than this is presumed dead (its process died) and checked against Slack history. */
      claimTimeoutSeconds: z.number().int().min(5).default(300),
      /** Ledger rows one claim takes per recipient (a recipient's rows are sent by one process, in order). */
      batchSize: z.number().int().min(1).max(10_000).default(200),
      /** Recipients one process sends to at the same time (each paced on its own). */
      maxRecipientsInFlight: z.number().int().min(1).max(1_000).default(100),
      /** Web API calls one process makes at the same time. */
      concurrency: z.number().int().min(1).max(64).default(8),
    })
    .prefault({}),
});

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
