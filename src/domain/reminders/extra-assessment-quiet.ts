import { daysBetween } from "../calendar/days-between.js";
import type { LocalDate } from "../calendar/local-date.js";
import type { CustomerFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";

/**
 * Whether an extra assessment (an anomaly's, an anniversary's) suggested for `on` is held back because
 * one was recorded within the quiet period before it — or since: the assessment just made already
 * looked at what the suggestion would point at.
 */
export function isExtraAssessmentQuiet(customer: CustomerFacts, on: LocalDate, env: RuleEnv): boolean {
  if (!customer.lastAssessedOn) return false;
  return daysBetween(customer.lastAssessedOn, on) < env.reminders.assessments.extraQuietDays;
}
