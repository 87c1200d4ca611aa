import { addDays } from "../calendar/add-days.js";
import { daysBetween } from "../calendar/days-between.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "./format-day.js";
import { localToday } from "./local-today.js";
import { recentOccurrences } from "./recent-occurrences.js";
import type { CustomerFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { escapeText } from "./escape-text.js";

/**
 * Follow-up due, counted from the last logged interaction: weekly for high-potential customers and
 * during the onboarding plan, twice a month otherwise, at least monthly for customers graded "fair";
 * repeated every cadence while nobody gets in touch.
 */
export function followUpItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const customer of env.facts.customers) {
    const owner = env.person(customer.ownerId);
    if (!owner) continue;
    const today = env.today(owner.timeZone);
    const { everyDays, why } = cadence(customer, today, env);
    const anchor = customer.lastInteractionAt
      ? localToday(customer.lastInteractionAt, owner.timeZone)
      : (customer.startedOn ?? localToday(customer.createdAt, owner.timeZone));
    for (const occurrence of recentOccurrences(addDays(anchor, everyDays), everyDays, today)) {
      const sendAt = digestMoment(occurrence, owner.timeZone, env.calendar, env.reminders.digestTime);
      if (!env.inWindow(sendAt)) continue;
      const since = customer.lastInteractionAt ? `last contact ${formatDay(anchor, occurrence)}` : "no interaction logged yet";
      items.push({
        key: `follow-up:customer-${customer.id}:${occurrence}`,
        rule: "follow-up",
        recipient: env.reminders.channels["follow-up"] ?? owner.slackUserId,
        personId: owner.id,
        timeZone: owner.timeZone,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        occurrence,
        sendAt,
        urgency: RULE_URGENCY["follow-up"],
        text: `*Follow up with ${escapeText(customer.name)}* — ${why} (${since}).`,
        detail: null,
        done: { kind: "log-interaction", interactionKind: "other", summary: "Follow-up done (from a Steward reminder)" },
      });
    }
  }
  return items;
}

function cadence(customer: CustomerFacts, today: string, env: RuleEnv): { everyDays: number; why: string } {
  const rules = env.reminders.followUp;
  const onboarding =
    customer.startedOn !== null && daysBetween(customer.startedOn, today) < rules.onboardingDays;
  let result = onboarding
    ? { everyDays: rules.onboardingEveryDays, why: `${rules.onboardingDays}-day onboarding plan: every ${rules.onboardingEveryDays} days` }
    : customer.highPotential
      ? { everyDays: rules.highPotentialEveryDays, why: `high-potential: every ${rules.highPotentialEveryDays} days` }
      : { everyDays: rules.normalEveryDays, why: `every ${rules.normalEveryDays} days` };
  if (customer.latestGrade && rules.attentionGrades.includes(customer.latestGrade) && rules.attentionEveryDays < result.everyDays) {
    result = { everyDays: rules.attentionEveryDays, why: `graded ${customer.latestGrade}: at least every ${rules.attentionEveryDays} days` };
  }
  return result;
}
