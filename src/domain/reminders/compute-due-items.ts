import type { CalendarSettings } from "../calendar/calendar-settings.js";
import { actionItems } from "./action-items.js";
import { anniversaryItems } from "./anniversary-items.js";
import { assessmentAnomalyItems } from "./assessment-anomaly-items.js";
import { assessmentItems } from "./assessment-items.js";
import { birthdayItems } from "./birthday-items.js";
import type { DueItem } from "./due-item.js";
import { followUpItems } from "./follow-up-items.js";
import type { ReminderFacts } from "./reminder-facts.js";
import type { ReminderSettings } from "./reminder-settings.js";
import { reportBackItems } from "./report-back-items.js";
import { rosterReviewItems } from "./roster-review-items.js";
import { createRuleEnv, type RuleEnv } from "./rule-env.js";
import { summaryItems } from "./summary-items.js";
import { valueCheckItems } from "./value-check-items.js";
import { isPossibleMonthDay } from "./yearly-date.js";
import { nextDigestMoment } from "./next-digest-moment.js";
import { nextWorkingMoment } from "../calendar/next-working-moment.js";

const RULES: ((env: RuleEnv) => DueItem[])[] = [
  followUpItems,
  summaryItems,
  valueCheckItems,
  birthdayItems,
  anniversaryItems,
  assessmentItems,
  assessmentAnomalyItems,
  actionItems,
  reportBackItems,
  rosterReviewItems,
];

/**
 * When a due item is delivered: at its own moment; `late` — at once, within working hours — when it came
 * due while the rules were not running (real downtime, longer than `lateAfterMinutes`); or, when its
 * moment passed before the rules ever ran on this roster or before the data that makes it due existed
 * (an import of old conversations), in the recipient's next morning digest, not flagged as late.
 */
export interface DueTiming {
  late: boolean;
  deliverAt: Date;
}

export interface DueItemsAt {
  due: (DueItem & DueTiming)[];
  /** Came due longer ago than the catch-up window: recorded as not sent, never sent. */
  missed: DueItem[];
  /** The rules never ran on this roster before: nothing came due "while Steward was offline". */
  firstEvaluation: boolean;
  /** Data that could not be used, each naming the record and what is wrong with it. */
  problems: string[];
}

/**
 * Everything whose moment has come at `now`, from the facts alone: the same facts and `now` always
 * give the same items with the same keys, so replicas and re-runs agree on what is due.
 * `lastEvaluatedAt` is when the rules last ran on this roster (null: never), which tells real downtime
 * from a first start.
 */
export function computeDueItems(
  facts: ReminderFacts,
  now: Date,
  calendar: CalendarSettings,
  reminders: ReminderSettings,
  lastEvaluatedAt: Date | null,
): DueItemsAt {
  const problems = invalidBirthdays(facts);
  const env = createRuleEnv(facts, now, calendar, reminders);
  const all: DueItem[] = [];
  for (const rule of RULES) for (const item of runIsolated(rule, env, facts, problems)) all.push(item);

  const nowMs = now.getTime();
  const catchUpFrom = nowMs - reminders.catchUpDays * 86_400_000;
  const lookbackFrom = nowMs - reminders.missedLookbackDays * 86_400_000;
  const lateMs = reminders.lateAfterMinutes * 60_000;
  // Of one series (rule + subject: a customer's follow-ups, an action's overdue flags) only the latest
  // occurrence that has come is kept: after downtime, Thursday's overdue flag supersedes Wednesday's.
  const latest = new Map<string, DueItem>();
  for (const item of all) {
    const at = item.sendAt.getTime();
    if (at > nowMs || at <= lookbackFrom) continue;
    const series = item.key.slice(0, item.key.lastIndexOf(":"));
    const kept = latest.get(series);
    const keptAt = kept?.sendAt.getTime() ?? -Infinity;
    if (at > keptAt || (at === keptAt && item.key > kept!.key)) latest.set(series, item);
  }
  const result: DueItemsAt = { due: [], missed: [], firstEvaluation: lastEvaluatedAt === null, problems };
  const lastMs = lastEvaluatedAt?.getTime() ?? Infinity;
  // Both are the same for every item of a zone: computed once per zone.
  const atOnce = new Map<string, Date>();
  const nextDigest = new Map<string, Date>();
  const remembered = (map: Map<string, Date>, zone: string, compute: () => Date) => {
    let moment = map.get(zone);
    if (!moment) {
      moment = compute();
      map.set(zone, moment);
    }
    return moment;
  };
  for (const item of latest.values()) {
    const at = item.sendAt.getTime();
    if (at < catchUpFrom) {
      result.missed.push(item);
      continue;
    }
    const overdue = nowMs - at > lateMs;
    const late = overdue && at > lastMs;
    const deliverAt = !overdue
      ? item.sendAt
      : late
        ? remembered(atOnce, item.timeZone, () => nextWorkingMoment(now, item.timeZone, calendar))
        : remembered(nextDigest, item.timeZone, () => nextDigestMoment(now, item.timeZone, calendar, reminders.digestTime));
    // The rules made these objects for this evaluation alone: marking them in place spares 100k copies.
    result.due.push(Object.assign(item, { late, deliverAt }));
  }
  return result;
}

/** A rule that throws is re-run customer by customer, so one bad record costs only its own reminders. */
function runIsolated(rule: (env: RuleEnv) => DueItem[], env: RuleEnv, facts: ReminderFacts, problems: string[]): DueItem[] {
  try {
    return rule(env);
  } catch {
    const items: DueItem[] = [];
    for (const customer of facts.customers) {
      const only: ReminderFacts = {
        people: facts.people,
        customers: [customer],
        contacts: facts.contacts.filter((c) => c.customerId === customer.id),
        interactions: facts.interactions.filter((i) => i.customerId === customer.id),
        assessments: facts.assessments.filter((a) => a.customerId === customer.id),
        actions: facts.actions.filter((a) => a.customerId === customer.id),
      };
      try {
        items.push(...rule({ ...env, facts: only, customer: (id) => (id === customer.id ? customer : undefined) }));
      } catch (error) {
        problems.push(`customer ${customer.key}: ${rule.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return items;
  }
}

function invalidBirthdays(facts: ReminderFacts): string[] {
  const keyOf = new Map(facts.customers.map((c) => [c.id, c.key]));
  return facts.contacts
    .filter((c) => (c.birthdayMonth === null) !== (c.birthdayDay === null) || (c.birthdayMonth !== null && c.birthdayDay !== null && !isPossibleMonthDay(c.birthdayMonth, c.birthdayDay)))
    .map((c) => `contact "${c.name}" of ${keyOf.get(c.customerId) ?? `customer ${c.customerId}`}: impossible birthday month ${c.birthdayMonth ?? "?"} day ${c.birthdayDay ?? "?"} (expected e.g. month 2 day 29) — no birthday reminder`);
}
