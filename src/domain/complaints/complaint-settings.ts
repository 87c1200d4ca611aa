import { z } from "zod";
import { frontlineSettingSchema } from "./frontline-setting.js";
import { SLA_DURATION_PATTERN } from "./parse-sla-duration.js";
import { SLA_CLOCK_KINDS, type SlaClockKind } from "./sla-clock.js";

/**
 * Complaint handling of the playbook (shared/domain.md §4). Every number is a default a team may change
 * in its YAML config; `complaintSettingsSchema.parse({})` gives the playbook.
 *
 * The steps a tier must take before its deadline (each measured from the moment the tier took the case):
 * - `acknowledge`: someone of that tier (or above) presses Acknowledge — the customer has been answered
 *   that the case is being handled ("every complaint is answered within 24 hours");
 * - `firstResponse`: the first substantive reply to the customer (an update or the resolution) — the
 *   class table's "first response within" column;
 * - `diagnosis`: an update posted at that tier — "a technical complaint gets a first diagnosis within
 *   2 hours" at tier 2; applies only to `diagnosisCategories`;
 * - `resolution`: the case is resolved — "an ordinary problem is resolved within 48 hours" at tier 1.
 * A deadline that passes without its step moves the case up one tier (at tier 3: tells the executives once).
 * `null` means "no such deadline at that tier". Durations: `30m`, `2h`, `1d`, `3wd` (working days from the
 * team calendar).
 *
 * Each tier's `clock` says how its deadlines count time (sla-clock.ts, sla-duration-on.ts): `24x7`, where
 * `1d` is 24 h, or `business-hours` of the team calendar, where `2h` is two working hours and `1d` one
 * working day. Urgent complaints run 24×7 (they hurt the customer's core business now); general complaints
 * and suggestions run on business hours, so a general complaint filed on Friday evening is due on Monday
 * — the playbook's "24 hours" and "48 hours" for them are written `1d` and `2d` (a working day each).
 */

const duration = z
  .string()
  .regex(SLA_DURATION_PATTERN, "a duration like `30m`, `2h`, `1d` or `3wd` (working days)")
  .nullable();

const tierDeadlines = (defaults: {
  clock: SlaClockKind;
  acknowledge?: string | null;
  firstResponse?: string | null;
  diagnosis?: string | null;
  resolution?: string | null;
}) =>
  z
    .object({
      clock: z
        .enum(SLA_CLOCK_KINDS as [SlaClockKind, ...SlaClockKind[]], { message: "a clock is `24x7` or `business-hours`" })
        .default(defaults.clock),
      acknowledge: duration.default(defaults.acknowledge ?? null),
      firstResponse: duration.default(defaults.firstResponse ?? null),
      diagnosis: duration.default(defaults.diagnosis ?? null),
      resolution: duration.default(defaults.resolution ?? null),
    })
    .prefault({});

export const complaintSettingsSchema = z
  .object({
    /** Problem types offered at intake and counted in the monthly report. */
    categories: z.array(z.string().min(1)).min(1).default(["product", "technical", "delivery", "billing", "service"]),
    /** Channels a complaint can come through. */
    sources: z.array(z.string().min(1)).min(1).default(["phone", "mail", "crm", "chat", "visit"]),
    /** Categories whose tier-2 `diagnosis` deadline applies (the technical team's first diagnosis). */
    diagnosisCategories: z.array(z.string().min(1)).default(["technical"]),
    /** Whose frontline people are tier 1 with the owner (see frontline-setting.ts). */
    frontline: frontlineSettingSchema,
    sla: z
      .object({
        // Not stated by the playbook and chosen here (configurable): urgent resolution 24 h per tier, so a
        // major breach reaches leadership within 24 h; tier-2 take-over as fast as tier 1's first response.
        // Tier 3 keeps a clock too: "leadership involvement within 24 h" — the executives resolve it in 24 h.
        urgent: z
          .object({
            tier1: tierDeadlines({ clock: "24x7", acknowledge: "2h", firstResponse: "2h", resolution: "24h" }),
            tier2: tierDeadlines({ clock: "24x7", acknowledge: "2h", diagnosis: "2h", resolution: "24h" }),
            tier3: tierDeadlines({ clock: "24x7", resolution: "24h" }),
          })
          .prefault({}),
        general: z
          .object({
            tier1: tierDeadlines({ clock: "business-hours", acknowledge: "1d", firstResponse: "1d", resolution: "2d" }),
            tier2: tierDeadlines({ clock: "business-hours", acknowledge: "1d", diagnosis: "2h", resolution: "2d" }),
            tier3: tierDeadlines({ clock: "business-hours", resolution: "1d" }),
          })
          .prefault({}),
        suggestion: z
          .object({
            tier1: tierDeadlines({ clock: "business-hours", acknowledge: "1d", firstResponse: "3wd" }),
            tier2: tierDeadlines({ clock: "business-hours", acknowledge: "3wd" }),
            tier3: tierDeadlines({ clock: "business-hours", resolution: "1d" }),
          })
          .prefault({}),
      })
      .prefault({}),
    /** The current holder is warned when this fraction of a deadline has elapsed. */
    warningAt: z.number().gt(0).lt(1).default(0.75),
    /** An unacknowledged case at tier 3 of a paging class pages the executives again this often. */
    repeatPageEvery: z
      .string()
      .regex(SLA_DURATION_PATTERN, "a duration like `30m` or `1h`")
      .refine((text) => !text.endsWith("wd"), "the repeat-page interval must be in minutes or hours, e.g. `30m`")
      .default("30m"),
    /**
     * Classes whose unacknowledged tier-3 cases are paged again (the others are paged once, at the
     * escalation). Repeats of a non-urgent class reach each executive only within their working hours.
     */
    pagingClasses: z.array(z.enum(["urgent", "general", "suggestion"])).default(["urgent"]),
    /**
     * Pages per tier-3 round, the escalation's included: with the last one Steward tells the lead
     * department's head and the admins, once, and stops paging.
     */
    pageCap: z.number().int().min(1).max(100).default(6),
    /** A complaint repeats when the same customer had one in the same category within this many days. */
    repeatWindowDays: z.number().int().min(1).default(90),
    /** How many customers the monthly report lists by number of complaints. */
    reportTopCustomers: z.number().int().min(1).default(5),
    /** Channel for the automatic monthly report (first working day of the month); none → not posted. */
    reportChannel: z.string().min(1).nullable().default(null),
    /** Urgent complaints open a temporary private channel `#<prefix>-<customer>-<id>`. */
    urgentTeamChannelPrefix: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,20}$/, "lower-case letters, digits and dashes, e.g. `cx`")
      .default("cx"),
  });

export type ComplaintSettings = z.infer<typeof complaintSettingsSchema>;
