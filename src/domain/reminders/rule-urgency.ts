import type { ReminderRule } from "./reminder-settings.js";

/**
 * How a digest is ordered, most urgent first: what is already late or must happen today comes before
 * what can wait for a quiet moment. Steward's choice, not the playbook's, so not a team setting.
 */
export const RULE_URGENCY: Record<ReminderRule, number> = {
  "action-overdue": 10,
  birthday: 20,
  anniversary: 25,
  "assessment-anomaly": 30,
  summary: 40,
  "assessment-prep": 50,
  "action-due": 60,
  "follow-up": 70,
  "value-check": 80,
  assessment: 90,
  "report-back": 100,
  "roster-review": 110,
};
