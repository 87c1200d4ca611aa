import { addMonths } from "../calendar/add-months.js";
import { daysBetween } from "../calendar/days-between.js";
import { assessmentDueItems } from "./assessment-due-items.js";
import type { DueItem } from "./due-item.js";
import { localToday } from "./local-today.js";
import { recentOccurrences } from "./recent-occurrences.js";
import type { RuleEnv } from "./rule-env.js";

/**
 * Assessments by tier cadence: strategic quarterly, normal half-yearly, new first after 3 months then
 * quarterly — counted from the last assessment, else from the start of cooperation.
 */
export function assessmentItems(env: RuleEnv): DueItem[] {
  const rules = env.reminders.assessments;
  const items: DueItem[] = [];
  for (const customer of env.facts.customers) {
    const owner = env.person(customer.ownerId);
    if (!owner) continue;
    const everyMonths =
      customer.tier === "strategic" ? rules.strategicEveryMonths : customer.tier === "new" ? rules.newEveryMonths : rules.normalEveryMonths;
    const started = customer.startedOn ?? localToday(customer.createdAt, owner.timeZone);
    const dueOn = customer.lastAssessedOn
      ? addMonths(customer.lastAssessedOn, everyMonths)
      : addMonths(started, customer.tier === "new" ? rules.newFirstAfterMonths : everyMonths);
    const today = env.today(owner.timeZone);
    // Not due for weeks (not even its data preparation): nothing to look at yet.
    if (daysBetween(today, dueOn) > rules.prepWorkingDaysBefore + 7 + env.calendar.holidays.length) continue;
    const why = customer.lastAssessedOn
      ? `${customer.tier} customer: every ${everyMonths} months`
      : `${customer.tier} customer: first assessment`;
    items.push(...assessmentDueItems(env, customer, owner, dueOn, why, recentOccurrences(dueOn, rules.overdueEveryDays, today)));
  }
  return items;
}
