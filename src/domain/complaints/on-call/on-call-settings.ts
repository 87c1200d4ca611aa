import { z } from "zod";
import { isoWeekday } from "../../calendar/iso-weekday.js";
import { isValidTimeZone } from "../../calendar/is-valid-time-zone.js";
import { parseLocalDate } from "../../calendar/local-date.js";

/**
 * On-call rotations, overrides and the in-tier paging policy as a team writes them in its settings file
 * (`complaints.onCall`). People are named as on the roster (name, or their Slack or Teams user id), departments by name; they
 * are matched to the roster when Steward reads the rotations (`resolveOnCall`), because the settings file
 * is validated at boot, before the roster is read.
 */

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
type WeekdayName = (typeof WEEKDAYS)[number];

/** `daily`, `weekly`, or `<n>d` (a shift of n days, 1…366). */
const ROTATION_LENGTH_PATTERN = /^(daily|weekly|([1-9]\d{0,2})d)$/;
const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const isLocalDate = (value: string) => {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
};

const localDate = z.string().refine(isLocalDate, { message: "a real date in the form YYYY-MM-DD, e.g. 2026-11-30" });

const rotationSettingSchema = z
  .object({
    /** What the view calls it, e.g. `Technical support`. */
    name: z.string().min(1),
    tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** The lead department whose cases it covers; omitted: every case (a group such as technical support). */
    department: z.string().min(1).optional(),
    timeZone: z.string().refine(isValidTimeZone, { message: "an IANA time zone name, e.g. Europe/Berlin" }),
    length: z.string().regex(ROTATION_LENGTH_PATTERN, "daily, weekly or a number of days like `3d`").default("weekly"),
    handoff: z
      .object({
        /** Weekly rotations only: the day shifts change (and `startsOn` must be one). */
        weekday: z.enum(WEEKDAYS).optional(),
        time: z.string().regex(TIME_OF_DAY_PATTERN, "a time of day HH:mm on a 24-hour clock, e.g. 09:00"),
      })
      .strict(),
    /** The first member's first shift begins on this date at the handoff time. */
    startsOn: localDate,
    members: z.array(z.string().min(1)).min(1, "a rotation needs at least one member"),
  })
  .strict()
  .superRefine((rotation, ctx) => {
    if (rotation.length !== "weekly") {
      if (rotation.handoff.weekday) ctx.addIssue({ code: "custom", path: ["handoff", "weekday"], message: "only a weekly rotation has a handoff weekday" });
      return;
    }
    if (!rotation.handoff.weekday) {
      ctx.addIssue({ code: "custom", path: ["handoff", "weekday"], message: "a weekly rotation names its handoff weekday, e.g. monday" });
      return;
    }
    if (!isLocalDate(rotation.startsOn)) return;
    const weekday = weekdayOf(rotation.startsOn);
    if (weekday !== rotation.handoff.weekday) {
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: `${rotation.startsOn} is a ${weekday}; a rotation handing off on ${rotation.handoff.weekday} starts on a ${rotation.handoff.weekday}` });
    }
  });

const overrideSettingSchema = z
  .object({
    /** Who covers … */
    person: z.string().min(1),
    /** … for whom: wherever this person would be on call. */
    for: z.string().min(1),
    /** First and last day covered (inclusive), whole days in the team's time zone. */
    from: localDate,
    to: localDate,
  })
  .strict()
  .refine((override) => !isLocalDate(override.from) || !isLocalDate(override.to) || override.from <= override.to, {
    message: "`to` is on or after `from`, e.g. from 2026-12-20 to 2026-12-27",
    path: ["to"],
  });

const groupAfter = z
  .string()
  .regex(/^\d+(m|h)$/, "minutes or hours, e.g. `15m` or `1h`")
  .nullable();

export const onCallSettingsSchema = z
  .object({
    rotations: z.array(rotationSettingSchema).default([]),
    overrides: z.array(overrideSettingSchema).default([]),
    /**
     * Per class: how long the person on call has to acknowledge before the rest of the tier is paged;
     * `null` pages the whole tier at once. Not stated by the playbook: urgent 15 min (the issue), general
     * 1 h and suggestion 4 h chosen here, well inside their tiers' acknowledgement deadlines.
     */
    policy: z
      .object({
        urgent: z.object({ groupAfter: groupAfter.default("15m") }).strict().prefault({}),
        general: z.object({ groupAfter: groupAfter.default("1h") }).strict().prefault({}),
        suggestion: z.object({ groupAfter: groupAfter.default("4h") }).strict().prefault({}),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((onCall, ctx) => {
    const seen = new Map<string, number>();
    onCall.rotations.forEach((rotation, index) => {
      const scope = `${rotation.tier}|${rotation.department?.toLowerCase() ?? ""}`;
      const first = seen.get(scope);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["rotations", index], message: `rotations ${first + 1} and ${index + 1} both cover tier ${rotation.tier} of ${rotation.department ?? "every department"}; keep one` });
      }
      seen.set(scope, index);
    });
  });

export type OnCallSettings = z.infer<typeof onCallSettingsSchema>;

function weekdayOf(date: string): WeekdayName {
  return WEEKDAYS[isoWeekday(date) - 1]!;
}

/** Days per shift of a valid `length`. */
export function rotationLengthDays(length: string): number {
  if (length === "daily") return 1;
  if (length === "weekly") return 7;
  return Number(ROTATION_LENGTH_PATTERN.exec(length)![2]);
}

/** The class's policy in milliseconds: how long the person on call has alone; null pages the whole tier at once. */
export function groupAfterMs(settings: OnCallSettings, complaintClass: "urgent" | "general" | "suggestion"): number | null {
  const text = settings.policy[complaintClass].groupAfter;
  if (text === null) return null;
  return Number(text.slice(0, -1)) * (text.endsWith("h") ? 3_600_000 : 60_000);
}
