import { daysBetween } from "../calendar/days-between.js";
import { parseLocalDate } from "../calendar/local-date.js";
import { assessmentDueItems } from "./assessment-due-items.js";
import type { DueItem } from "./due-item.js";
import { greetingMoment } from "./greeting-moment.js";
import { ordinal } from "./ordinal.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { yearlyDate } from "./yearly-date.js";
import { isExtraAssessmentQuiet } from "./extra-assessment-quiet.js";

/**
 * Partnership anniversaries, with the years; the configured ones (1st, 3rd) also make an assessment due,
 * unless one was recorded within the quiet period before the anniversary.
 */
export function anniversaryItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const customer of env.facts.customers) {
    const owner = env.person(customer.ownerId);
    if (!owner || !customer.startedOn) continue;
    const started = parseLocalDate(customer.startedOn);
    const today = env.today(owner.timeZone);
    for (const year of env.candidateYears(owner.timeZone)) {
      const years = year - started.year;
      if (years < 1) continue;
      const anniversary = yearlyDate(started.month, started.day, year, env.reminders.birthdays.leapDayInCommonYears);
      // Most customers' anniversaries are months away: skip them before any calendar work (a week of
      // margin covers the greeting moving to the working day before, and the assessment's preparation).
      const ahead = daysBetween(today, anniversary);
      if (ahead > env.reminders.assessments.prepWorkingDaysBefore + 7 + env.calendar.holidays.length || ahead < -env.reminders.missedLookbackDays - 7 - env.calendar.holidays.length) continue;
      if (env.reminders.anniversaries.assessmentOnYears.includes(years) && !isExtraAssessmentQuiet(customer, anniversary, env)) {
        items.push(...assessmentDueItems(env, customer, owner, anniversary, `${ordinal(years)} partnership anniversary`));
      }
      const moment = greetingMoment(anniversary, owner.timeZone, env);
      if (!moment) continue;
      const { sendAt, when } = moment;
      items.push({
        key: `anniversary:customer-${customer.id}:${anniversary}`,
        rule: "anniversary",
        recipient: env.reminders.channels.anniversary ?? owner.address,
        personId: owner.id,
        timeZone: owner.timeZone,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        occurrence: anniversary,
        sendAt,
        urgency: RULE_URGENCY.anniversary,
        text: [{ kind: "icon", name: "handshake" }, " ", { kind: "strong", content: customer.name }, `: ${years} ${years === 1 ? "year" : "years"} of partnership ${when}.`],
        detail: "A greeting to the key contacts counts as a non-commercial touchpoint.",
        done: { kind: "log-interaction", interactionKind: "greeting", summary: `Partnership anniversary greeting (${ordinal(years)} year)` },
      });
    }
  }
  return items;
}
